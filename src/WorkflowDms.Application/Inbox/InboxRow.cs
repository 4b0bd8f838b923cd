namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The sort and filter columns of one inbox entry, projected alike from candidate rows and from held tasks so
/// one set of filter, keyset and order expressions serves both (a member-init projection stays composable in SQL).
/// </summary>
internal sealed class InboxRow
{
    public Guid TaskId { get; init; }

    public DateTime SortDueAt { get; init; }

    public DateTime CreatedAt { get; init; }

    public long Amount { get; init; }

    public string CaseType { get; init; } = "";

    public string? DealerCode { get; init; }
}
