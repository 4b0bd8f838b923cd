namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/filters.</summary>
public sealed record SavedFilterRequest(string? Name, TaskFilterQuery? Query);
