namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>What changed between two versions (or a version and the draft), rule by rule, matched by name.</summary>
public sealed record RuleSetDiffView(
    string From, string To, IReadOnlyList<RuleRow> Added, IReadOnlyList<RuleRow> Removed, IReadOnlyList<ChangedRuleView> Changed);
