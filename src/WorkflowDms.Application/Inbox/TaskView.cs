namespace WorkflowDms.Application.Inbox;

/// <summary>A task in an approver's inbox, with the type and id of its case.</summary>
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
    IReadOnlyList<string> AllowedDecisions);
