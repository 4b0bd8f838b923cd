namespace WorkflowDms.Domain.RuleSets;

/// <summary>Where a rule-set version came from (stored by these names).</summary>
public static class RuleSetSources
{
    /// <summary>A shipped <c>rules/*.json</c> file, deployed at start-up.</summary>
    public const string File = "file";

    /// <summary>Published by an analyst in the designer.</summary>
    public const string Designer = "designer";
}
