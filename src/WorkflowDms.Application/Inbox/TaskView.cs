namespace WorkflowDms.Application.Inbox;

/// <summary>
/// A task in an approver's inbox, with the type and id of its case and the case's dealer, amount (minor units)
/// and status as copied onto the task; <see cref="Overdue"/> is due before now and not yet ended.
/// </summary>
public sealed record TaskView(
    Guid Id,
    string Name,
    string ElementId,
    string Status,
    string CaseType,
    Guid CaseId,
    string CaseNumber,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    string? FormKey,
    DateTime CreatedAt,
    DateTime? DueAt,
    DateTime? CompletedAt,
    string? Decision,
    IReadOnlyList<string> AllowedDecisions,
    string? DealerCode,
    string? DealerName,
    long? Amount,
    string? Currency,
    string CaseStatus,
    bool Overdue,
    string? AssigneeName,
    bool AllowsBulk);
