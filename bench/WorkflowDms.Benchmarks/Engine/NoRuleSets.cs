using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Benchmarks.Engine;

/// <summary>The rule port for a process without business-rule tasks: the engine alone is measured.</summary>
internal sealed class NoRuleSets : IRuleEvaluator
{
    public bool HasRuleSet(string ruleSetName) => false;

    public RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input) =>
        throw new KeyNotFoundException($"No rule set named '{ruleSetName}' in the engine benchmark.");
}
