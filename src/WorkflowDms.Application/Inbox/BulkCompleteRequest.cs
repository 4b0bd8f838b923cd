namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/bulk-complete: one decision applied to each task in turn.</summary>
public sealed record BulkCompleteRequest(IReadOnlyList<Guid>? TaskIds, TaskDecision? Decision);
