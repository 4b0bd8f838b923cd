namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>One field of a rule that differs (null: absent on that side).</summary>
public sealed record RuleFieldChangeView(string Field, string? From, string? To);
