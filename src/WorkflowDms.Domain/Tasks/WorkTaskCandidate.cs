namespace WorkflowDms.Domain.Tasks;

/// <summary>
/// One candidate group (or <c>user:&lt;id&gt;</c>) of a task, with copies of the task's columns the inbox
/// filters and sorts on (status, case type, dealer, amount, due and creation time). The inbox query is then
/// one index range scan per grant, e.g. on (GroupName, Status, SortDueAt, TaskId), instead of a join that
/// sorts a million tasks.
/// </summary>
public class WorkTaskCandidate
{
    /// <summary>Prefix of a candidate user entry, as opposed to a group.</summary>
    public const string UserPrefix = "user:";

    /// <summary>Sort key of tasks without a due date: they come after every dated task.</summary>
    public static readonly DateTime NoDueDate = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private WorkTaskCandidate()
    {
        GroupName = "";
        OrgPath = "";
        CaseType = "";
    }

    internal WorkTaskCandidate(WorkTask task, string groupName)
    {
        TaskId = task.Id;
        GroupName = groupName;
        OrgPath = task.OrgPath;
        CreatedAt = task.CreatedAt;
        SortDueAt = task.DueAt ?? NoDueDate;
        IsOpen = task.Status == WorkTaskStatus.Open;
        Status = task.Status;
        CaseType = task.CaseType;
        DealerCode = task.DealerCode;
        Amount = task.Amount;
    }

    public Guid TaskId { get; private set; }

    public string GroupName { get; private set; }

    /// <summary>The task is <see cref="WorkTaskStatus.Open"/>: unclaimed, so candidates may pick it up.</summary>
    public bool IsOpen { get; private set; }

    public string OrgPath { get; private set; }

    public DateTime SortDueAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public WorkTaskStatus Status { get; private set; }

    public string CaseType { get; private set; }

    public string? DealerCode { get; private set; }

    public long Amount { get; private set; }

    public static string ForUser(string userId) => UserPrefix + userId;

    internal void Sync(WorkTask task)
    {
        IsOpen = task.Status == WorkTaskStatus.Open;
        Status = task.Status;
        SortDueAt = task.DueAt ?? NoDueDate;
        DealerCode = task.DealerCode;
        Amount = task.Amount;
    }
}
