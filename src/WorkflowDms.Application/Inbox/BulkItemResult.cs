namespace WorkflowDms.Application.Inbox;

/// <summary>The outcome for one task of a bulk decision: the HTTP status its own request would have had.</summary>
public sealed record BulkItemResult(Guid TaskId, int Status, string? Detail);
