namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A rule present on both sides with different fields.</summary>
public sealed record ChangedRuleView(string Name, IReadOnlyList<RuleFieldChangeView> Changes);
