namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Either the new version, or why the draft cannot be published (nothing was stored).</summary>
public sealed record RuleSetPublishResult(RuleSetVersionView? Published, IReadOnlyList<RuleSetProblemView> Problems);
