namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>One rule on the test bench.</summary>
/// <param name="Error">Why the condition could not be evaluated (e.g. an input missing from the facts), else null.</param>
/// <param name="Name">The rule.</param>
/// <param name="Fired">True when its condition held.</param>
/// <param name="Outcome">What it asks for when it fires.</param>
/// <param name="ReasonCode">Its reason code.</param>
/// <param name="Message">Its message.</param>
/// <param name="Enabled">False for a switched-off rule (it never fires).</param>
public sealed record RuleTestView(string Name, bool Fired, string Outcome, string ReasonCode, string Message, bool Enabled, string? Error);
