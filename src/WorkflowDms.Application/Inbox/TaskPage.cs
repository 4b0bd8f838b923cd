namespace WorkflowDms.Application.Inbox;

/// <summary>A page of the inbox; pass <see cref="NextCursor"/> as <c>after</c> for the next page.</summary>
public sealed record TaskPage(IReadOnlyList<TaskView> Items, string? NextCursor);
