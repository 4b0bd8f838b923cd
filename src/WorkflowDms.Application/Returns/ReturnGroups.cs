namespace WorkflowDms.Application.Returns;

/// <summary>The staff groups of the returns lifecycle (Identity role and BPMN candidate group in one name).</summary>
public static class ReturnGroups
{
    /// <summary>Approve return requests, inspect received goods, confirm receipt.</summary>
    public const string PartsManagers = "parts-managers";

    /// <summary>Take over approvals the parts managers did not decide in time.</summary>
    public const string PartsSupervisors = "parts-supervisors";
}
