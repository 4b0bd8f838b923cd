namespace WorkflowDms.Rules.Tests.Lookalikes;

/// <summary>Not the domain's ClaimFacts, but with the same short name (RulesEngine keys its cache by short name).</summary>
public sealed record ClaimFacts(int LineCount);
