namespace WorkflowDms.Application.Inbox;

/// <summary>
/// One rule of the latest evaluation of a rule set for the case: a fired rule with its outcome and reason code,
/// or, when none fired, one row with <see cref="Rule"/> null and the set's decision (<c>auto-pass</c>).
/// </summary>
public sealed record CaseRuleResultView(string RuleSet, int? Version, DateTime EvaluatedAt, string? Rule, string Outcome, string? ReasonCode, string? Message);
