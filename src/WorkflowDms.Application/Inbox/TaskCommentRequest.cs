namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/{id}/comments.</summary>
public sealed record TaskCommentRequest(string? Text);
