namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A rule set in the designer's list.</summary>
/// <param name="LiveVersion">The version evaluations on this host use now (equal to the latest once published).</param>
/// <param name="Name">The rule set.</param>
/// <param name="LatestVersion">The newest stored version.</param>
/// <param name="RuleCount">Rules in the latest version.</param>
/// <param name="HasDraft">Whether a draft exists.</param>
public sealed record RuleSetSummaryView(string Name, int LatestVersion, int RuleCount, bool HasDraft, int? LiveVersion);
