namespace WorkflowDms.Application.Inbox;

/// <summary>A comment on a task; <see cref="Author"/> is the author's e-mail.</summary>
public sealed record TaskCommentView(Guid Id, string Author, string Text, DateTime At);
