namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>One thing wrong with a rule set: the rule it concerns (null for the set as a whole) and what.</summary>
public sealed record RuleSetProblemView(string? Rule, string Message)
{
    public override string ToString() => Rule is null ? Message : $"rule '{Rule}': {Message}";
}
