namespace WorkflowDms.Application.Security;

/// <summary>
/// Staff groups. A group is both an Identity role (what a user may do) and a BPMN candidate group
/// (whose inbox a task lands in), so one name serves both and cannot drift.
/// </summary>
public static class Groups
{
    public const string WarrantyReviewers = "warranty-reviewers";
    public const string WarrantySupervisors = "warranty-supervisors";
    public const string Analysts = "analysts";
    public const string Admins = "admins";
    public const string Auditors = "auditors";
}
