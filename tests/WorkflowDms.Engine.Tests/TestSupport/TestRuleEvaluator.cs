using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Tests.TestSupport;

/// <summary>An in-test rule evaluator: each rule set is a function of the input.</summary>
internal sealed class TestRuleEvaluator : IRuleEvaluator
{
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, object?>, IReadOnlyList<FiredRule>>> _sets = new(StringComparer.Ordinal);

    public List<(string RuleSet, IReadOnlyDictionary<string, object?> Input)> Calls { get; } = [];

    public TestRuleEvaluator With(string ruleSet, Func<IReadOnlyDictionary<string, object?>, IReadOnlyList<FiredRule>> rules)
    {
        _sets[ruleSet] = rules;
        return this;
    }

    public bool HasRuleSet(string ruleSetName) => _sets.ContainsKey(ruleSetName);

    public RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input)
    {
        if (!_sets.TryGetValue(ruleSetName, out var rules))
        {
            throw new KeyNotFoundException(ruleSetName);
        }

        Calls.Add((ruleSetName, input));
        return new RuleEvaluation(ruleSetName, rules(input), 3);
    }
}
