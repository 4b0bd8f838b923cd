namespace WorkflowDms.Domain.Tasks;

/// <summary>What the engine's user-task wait point says about a new task.</summary>
public sealed record WorkTaskDraft
{
    public required Guid InstanceId { get; init; }

    public required string BookmarkId { get; init; }

    public required string ElementId { get; init; }

    public required string Name { get; init; }

    /// <summary>e.g. <c>claim</c>.</summary>
    public required string CaseType { get; init; }

    public required Guid CaseId { get; init; }

    public required string CaseNumber { get; init; }

    /// <summary>The case's org node and path: the task is visible where the case is.</summary>
    public required Guid OrgNodeId { get; init; }

    public required string OrgPath { get; init; }

    public string? FormKey { get; init; }

    public IReadOnlyCollection<string> CandidateGroups { get; init; } = [];

    public IReadOnlyCollection<string> CandidateUsers { get; init; } = [];

    /// <summary>Set for <c>camunda:assignee</c>: the task starts claimed by that user.</summary>
    public string? Assignee { get; init; }

    public DateTime? DueAt { get; init; }

    /// <summary>The case's status, dealer and amount, copied onto the task for the inbox's filters.</summary>
    public TaskCaseFacts? Case { get; init; }
}
