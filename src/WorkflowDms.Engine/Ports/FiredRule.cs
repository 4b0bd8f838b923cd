namespace WorkflowDms.Engine.Ports;

/// <summary>One rule whose condition held.</summary>
/// <param name="RuleName">The rule's name in its rule set, e.g. <c>W-12-coverage-expired</c>.</param>
/// <param name="Outcome">What the rule asks for.</param>
/// <param name="ReasonCode">External reason code (ANSI X12 1172 style for warranty, e.g. <c>EW</c>).</param>
/// <param name="Message">Human-readable reason shown to dealers, approvers and in the audit trail.</param>
/// <param name="Output">Optional value the rule produces (e.g. a candidate group for routing), else null.</param>
public sealed record FiredRule(string RuleName, RuleOutcome Outcome, string ReasonCode, string Message, object? Output = null);
