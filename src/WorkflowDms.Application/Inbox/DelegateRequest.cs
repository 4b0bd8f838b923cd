namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/{id}/delegate: the e-mail of the staff user to hand the task to.</summary>
public sealed record DelegateRequest(string? To);
