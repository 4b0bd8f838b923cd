namespace WorkflowDms.Domain.Tasks;

/// <summary>
/// A human task of a workflow instance, shown in the candidates' inboxes. Its org path is the case's, so
/// the same scope filter as for the case applies. Transitions are in <c>WorkTask.Lifecycle.cs</c>.
/// </summary>
public partial class WorkTask : IVersioned
{
    private readonly List<WorkTaskCandidate> _candidates = [];

    private WorkTask()
    {
        BookmarkId = "";
        ElementId = "";
        Name = "";
        CaseType = "";
        CaseNumber = "";
        OrgPath = "";
        CaseStatus = "";
    }

    public Guid Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public string BookmarkId { get; private set; }

    /// <summary>The BPMN element id of the user task.</summary>
    public string ElementId { get; private set; }

    public string Name { get; private set; }

    public string CaseType { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public string? FormKey { get; private set; }

    /// <summary>Copied from the case (see <see cref="TaskCaseFacts"/>), so the inbox needs no join.</summary>
    public string CaseStatus { get; private set; }

    public string? DealerCode { get; private set; }

    public string? DealerName { get; private set; }

    /// <summary>The case's amount in minor units (0 when it has none).</summary>
    public long Amount { get; private set; }

    public string? Currency { get; private set; }

    public WorkTaskStatus Status { get; private set; }

    /// <summary>The user id holding the task; after completion, who completed it.</summary>
    public string? Assignee { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DueAt { get; private set; }

    /// <summary><see cref="DueAt"/>, or <see cref="WorkTaskCandidate.NoDueDate"/>: an indexable sort key without NULLs.</summary>
    public DateTime SortDueAt { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    /// <summary>When the task ended, by completion or cancellation.</summary>
    public DateTime? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public string? Decision { get; private set; }

    public string? ReasonCode { get; private set; }

    public string? Comment { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<WorkTaskCandidate> Candidates => _candidates;

    public static WorkTask Create(Guid id, WorkTaskDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var task = new WorkTask
        {
            Id = id,
            InstanceId = draft.InstanceId,
            BookmarkId = draft.BookmarkId,
            ElementId = draft.ElementId,
            Name = draft.Name,
            CaseType = draft.CaseType,
            CaseId = draft.CaseId,
            CaseNumber = draft.CaseNumber,
            OrgNodeId = draft.OrgNodeId,
            OrgPath = draft.OrgPath,
            FormKey = draft.FormKey,
            CreatedAt = now,
            DueAt = draft.DueAt,
            SortDueAt = draft.DueAt ?? WorkTaskCandidate.NoDueDate,
            Status = draft.Assignee is null ? WorkTaskStatus.Open : WorkTaskStatus.Claimed,
            Assignee = draft.Assignee,
            ClaimedAt = draft.Assignee is null ? null : now,
        };

        task.ApplyCase(draft.Case);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in draft.CandidateGroups)
        {
            names.Add(group);
        }

        foreach (var user in draft.CandidateUsers)
        {
            names.Add(WorkTaskCandidate.ForUser(user));
        }

        foreach (var name in names)
        {
            task._candidates.Add(new WorkTaskCandidate(task, name));
        }

        return task;
    }

    /// <summary>Whether <paramref name="userId"/> or one of <paramref name="groups"/> is a candidate.</summary>
    public bool IsCandidate(string userId, IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var userEntry = WorkTaskCandidate.ForUser(userId);
        var set = new HashSet<string>(groups, StringComparer.Ordinal) { userEntry };
        return _candidates.Exists(c => set.Contains(c.GroupName));
    }

    /// <summary>A new due date (escalation, SLA change); the inbox sort key follows.</summary>
    public void Reschedule(DateTime? dueAt)
    {
        DueAt = dueAt;
        SortDueAt = dueAt ?? WorkTaskCandidate.NoDueDate;
        SyncCandidates();
    }

    /// <summary>The case moved on (status, amount): the copies on the task and its candidate rows follow.</summary>
    public void RefreshCase(TaskCaseFacts facts)
    {
        ApplyCase(facts);
        SyncCandidates();
    }

    /// <summary>Overdue at <paramref name="now"/>: due before it and not yet ended.</summary>
    public bool IsOverdue(DateTime now) => DueAt < now && Status is WorkTaskStatus.Open or WorkTaskStatus.Claimed;

    private void ApplyCase(TaskCaseFacts? facts)
    {
        if (facts is null)
        {
            return;
        }

        CaseStatus = facts.CaseStatus;
        DealerCode = facts.DealerCode;
        DealerName = facts.DealerName;
        Amount = facts.Amount;
        Currency = facts.Currency;
    }

    private void SyncCandidates()
    {
        foreach (var candidate in _candidates)
        {
            candidate.Sync(this);
        }
    }
}
