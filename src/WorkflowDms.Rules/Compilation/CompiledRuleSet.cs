using System.Collections.Concurrent;
using RulesEngine.Models;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Loading;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace WorkflowDms.Rules.Compilation;

/// <summary>
/// One rule set, compiled and warmed for its declared input types, with its own RulesEngine instance (so one rule
/// set's odd input shapes can never evict another's compiled rules).
/// </summary>
internal sealed partial class CompiledRuleSet
{
    /// <summary>How many input shapes other than the declared one a rule set compiles on demand before refusing.</summary>
    public const int MaxOtherShapes = 64;

    private readonly MsRulesEngine _engine;
    private readonly string[] _inputNames;
    private readonly Type[] _inputTypes;
    private readonly Dictionary<string, (int Index, RuleDescriptor Rule)> _enabledRules;
    private readonly ConcurrentDictionary<string, Type[]> _otherShapes = new(StringComparer.Ordinal);

    public CompiledRuleSet(RuleSetDefinition definition, MsRulesEngine engine, string sha256, int version = 0)
    {
        Definition = definition;
        _engine = engine;
        Sha256 = sha256;
        Version = version;
        _inputNames = definition.Inputs.Select(i => i.Key).ToArray();
        _inputTypes = definition.Inputs.Select(i => i.Value).ToArray();
        _enabledRules = definition.Rules
            .Where(r => r.Enabled)
            .Select((rule, index) => (rule, index))
            .ToDictionary(p => p.rule.Name, p => (p.index, p.rule), StringComparer.Ordinal);
    }

    public RuleSetDefinition Definition { get; }

    public string Name => Definition.Name;

    /// <summary>Lower-case hex SHA-256 of the JSON it was compiled from.</summary>
    public string Sha256 { get; }

    /// <summary>The stored version this is (0 for a draft or a file not yet deployed); recorded with every evaluation.</summary>
    public int Version { get; }

    /// <summary>How many input shapes other than the declared one have been compiled on demand.</summary>
    public int OtherShapeCount => _otherShapes.Count;

    public DetailedRuleEvaluation Execute(IReadOnlyDictionary<string, object?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parameters = new RuleParameter[_inputNames.Length];
        var declaredShape = true;
        for (var i = 0; i < parameters.Length; i++)
        {
            // A missing or null input keeps its declared type, so the warmed rules still apply; rules that
            // dereference it fail and are reported as evaluation errors.
            parameters[i] = input.TryGetValue(_inputNames[i], out var value) && value is not null
                ? new RuleParameter(_inputNames[i], FactCoercion.Coerce(_inputNames[i], value, _inputTypes[i]))
                : RuleParameter.Create(_inputNames[i], _inputTypes[i]);
            declaredShape &= parameters[i].Type == _inputTypes[i];
        }

        if (!declaredShape)
        {
            AdmitOtherShape(parameters);
        }

        return ToResult(Run(parameters));
    }

    /// <summary>
    /// The same compiled rules under another version number: the RulesEngine instance is shared (it is thread-safe
    /// and already warm), so publishing a version that was compiled for the designer compiles nothing again.
    /// </summary>
    public CompiledRuleSet WithVersion(int version) => new(Definition, _engine, Sha256, version);

    /// <summary>Runs the rules once with typed nulls, which makes RulesEngine compile and cache them for the declared types.</summary>
    public IReadOnlyList<RuleResultTree> WarmUp() =>
        Run(_inputNames.Select((name, i) => RuleParameter.Create(name, _inputTypes[i])).ToArray());

    private List<RuleResultTree> Run(RuleParameter[] parameters)
    {
        var pending = _engine.ExecuteAllRulesAsync(Name, parameters, CancellationToken.None);

        // With AutoExecuteActions off, RulesEngine 6 has nothing to await: the ValueTask is complete on return.
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private DetailedRuleEvaluation ToResult(List<RuleResultTree> results)
    {
        List<(int Index, FiredRule Rule)>? fired = null;
        List<RuleEvaluationError>? errors = null;
        var ordered = true;
        foreach (var result in results)
        {
            var (index, rule) = _enabledRules[result.Rule.RuleName];
            if (result.IsSuccess)
            {
                fired ??= [];
                ordered &= fired.Count == 0 || fired[^1].Index < index;
                fired.Add((index, rule.Fired));
            }
            else if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                (errors ??= []).Add(new RuleEvaluationError(rule.Name, result.ExceptionMessage));
            }
        }

        // RulesEngine returns results in its compiled-rules dictionary order, which is insertion (file) order in
        // practice but not by contract; the port promises rule-set order.
        if (fired is not null && !ordered)
        {
            fired.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        IReadOnlyList<FiredRule> firedRules = fired is null ? [] : fired.ConvertAll(f => f.Rule);
        return new DetailedRuleEvaluation(
            new RuleEvaluation(Name, firedRules, results.Count) { Version = Version }, errors is null ? [] : errors);
    }
}
