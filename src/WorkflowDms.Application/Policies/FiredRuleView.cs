namespace WorkflowDms.Application.Policies;

/// <summary>A rule that fired: its name, what it asks for, its reason code and message.</summary>
public sealed record FiredRuleView(string Rule, string Outcome, string ReasonCode, string Message);
