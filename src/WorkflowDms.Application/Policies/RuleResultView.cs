namespace WorkflowDms.Application.Policies;

/// <summary>The last policy evaluation of a claim: the decisive outcome and every rule that fired.</summary>
public sealed record RuleResultView(string RuleSet, string Decision, int RulesEvaluated, DateTime EvaluatedAt, IReadOnlyList<FiredRuleView> FiredRules);
