using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Policies;

/// <summary>The last policy evaluation of a case: the decisive outcome, every rule that fired, and the rule set version.</summary>
public sealed record RuleResultView(string RuleSet, string Decision, int RulesEvaluated, DateTime EvaluatedAt, IReadOnlyList<FiredRuleView> FiredRules)
{
    /// <summary>
    /// The rule set version that produced this result (ADR 0009); null in results stored before versions were
    /// recorded. A stored result is never re-evaluated, so a case keeps the version that decided it.
    /// </summary>
    public int? Version { get; init; }

    /// <summary>The view of an evaluation, as stored with the case and written to the audit trail.</summary>
    public static RuleResultView From(RuleEvaluation evaluation, DateTime evaluatedAt) =>
        new(
            evaluation.RuleSet,
            evaluation.Decision.ToName(),
            evaluation.RulesEvaluated,
            evaluatedAt,
            evaluation.FiredRules.Select(r => new FiredRuleView(r.RuleName, r.Outcome.ToName(), r.ReasonCode, r.Message)).ToList())
        {
            Version = evaluation.Version > 0 ? evaluation.Version : null,
        };
}
