namespace WorkflowDms.Rules;

/// <summary>One rule on the test bench.</summary>
/// <param name="Rule">What the rule declares.</param>
/// <param name="Fired">True when its condition held.</param>
/// <param name="Error">Why its condition could not be evaluated (e.g. a missing input), else null.</param>
public sealed record RuleTestRow(RuleDescriptor Rule, bool Fired, string? Error);
