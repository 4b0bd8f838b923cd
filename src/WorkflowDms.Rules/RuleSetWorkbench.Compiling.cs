using System.Collections.Concurrent;
using WorkflowDms.Rules.Compilation;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules;

/// <summary>Compiling drafts and stored versions for the designer, each content once.</summary>
public sealed partial class RuleSetWorkbench
{
    /// <summary>Compiled drafts and versions kept; a designer session touches a handful.</summary>
    private const int MaxCachedCompilations = 32;

    private readonly ConcurrentDictionary<(string Name, string Sha), Lazy<Compilation>> _compilations = new();

    /// <summary>
    /// Validates rule-set JSON exactly as the catalog would load it under <paramref name="ruleSetName"/> (shape,
    /// conventions, and compilation of every expression against the declared inputs).
    /// </summary>
    public RuleSetValidationResult Validate(string ruleSetName, string json)
    {
        var compilation = Compile(ruleSetName, json);
        return new RuleSetValidationResult(
            ruleSetName + ".json", compilation.Definition?.Name, compilation.Definition?.Rules.Count ?? 0, compilation.Problems);
    }

    /// <summary>
    /// Makes <paramref name="json"/> the live <paramref name="version"/> of the rule set: reuses the compilation the
    /// designer already made when there is one, else compiles now. Returns the problems when it does not compile
    /// (then nothing changes).
    /// </summary>
    public IReadOnlyList<RuleSetProblem> Publish(string ruleSetName, int version, string json)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        if (_compilations.TryGetValue((ruleSetName, RuleSetLoader.HashOf(json)), out var cached)
            && cached.IsValueCreated && cached.Value.Compiled is { } compiled)
        {
            _catalog.Swap(compiled.WithVersion(version));
            return [];
        }

        return _catalog.Activate(ruleSetName, version, json);
    }

    private Compilation Compile(string ruleSetName, string json)
    {
        ArgumentNullException.ThrowIfNull(ruleSetName);
        ArgumentNullException.ThrowIfNull(json);
        var key = (ruleSetName, RuleSetLoader.HashOf(json));
        if (!_compilations.TryGetValue(key, out var compilation))
        {
            if (_compilations.Count >= MaxCachedCompilations)
            {
                _compilations.Clear();
            }

            compilation = _compilations.GetOrAdd(key, _ => new Lazy<Compilation>(() => CompileNow(ruleSetName, json)));
        }

        return compilation.Value;
    }

    private Compilation CompileNow(string ruleSetName, string json)
    {
        var problems = new List<RuleSetProblem>();
        try
        {
            var (definition, compiled) = RuleSetLoader.Load(ruleSetName + ".json", json, _catalog.FactTypes, problems);
            return new Compilation(definition, problems.Count == 0 ? compiled : null, problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // As in RuleSetValidator: a verdict for any input; an exception here is a defect in a library underneath.
            problems.Add(new(null, $"unexpected error while compiling: {ex.GetType().Name}: {ex.Message}"));
            return new Compilation(null, null, problems);
        }
    }

    private sealed record Compilation(RuleSetDefinition? Definition, CompiledRuleSet? Compiled, IReadOnlyList<RuleSetProblem> Problems);
}
