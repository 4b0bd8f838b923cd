using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>A test-bench run: every rule with whether it fired, and the overall result.</summary>
/// <param name="RuleSet">The rule set's name.</param>
/// <param name="Version">The version that ran (0 for a draft).</param>
/// <param name="Rules">Every rule, in rule-set order, disabled ones included (they never fire).</param>
/// <param name="Decision">The decisive outcome: the highest-precedence outcome among the fired rules.</param>
/// <param name="ReasonCodes">The distinct reason codes of the fired rules, in rule-set order.</param>
public sealed record RuleSetTestResult(
    string RuleSet, int Version, IReadOnlyList<RuleTestRow> Rules, RuleOutcome Decision, IReadOnlyList<string> ReasonCodes);
