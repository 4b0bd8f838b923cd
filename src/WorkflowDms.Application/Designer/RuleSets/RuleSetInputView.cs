namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A declared input of a rule set: the name expressions use and its fact type, e.g. <c>claim</c>: <c>ClaimFacts</c>.</summary>
public sealed record RuleSetInputView(string Name, string Type);
