namespace WorkflowDms.Application.Recalls;

/// <summary>Staff groups of the recall area (role and BPMN candidate group, as in <c>Security.Groups</c>).</summary>
public static class RecallGroups
{
    /// <summary>Define, launch, close and supersede campaigns; import VINs; decide held recall claims.</summary>
    public const string Managers = "recall-managers";
}
