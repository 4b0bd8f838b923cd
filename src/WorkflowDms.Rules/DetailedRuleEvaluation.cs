using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>An evaluation together with the rules that could not be evaluated (for the test bench and the CLI).</summary>
/// <param name="Evaluation">The fired rules, in rule-set order, and how many rules were evaluated.</param>
/// <param name="Errors">Rules whose condition threw; empty when every rule evaluated cleanly.</param>
public sealed record DetailedRuleEvaluation(RuleEvaluation Evaluation, IReadOnlyList<RuleEvaluationError> Errors)
{
    /// <summary>True when no rule failed to evaluate.</summary>
    public bool IsComplete => Errors.Count == 0;
}
