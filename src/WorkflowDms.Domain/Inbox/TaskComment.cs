namespace WorkflowDms.Domain.Inbox;

/// <summary>A note on a task by a user who can see it; each is also an audit entry of the task's case.</summary>
public class TaskComment
{
    private TaskComment()
    {
        AuthorId = "";
        AuthorName = "";
        Text = "";
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public string AuthorId { get; private set; }

    /// <summary>The author's e-mail when they wrote it, as the audit trail names them.</summary>
    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTime At { get; private set; }

    public static TaskComment Write(Guid id, Guid taskId, string authorId, string authorName, string text, DateTime now) => new()
    {
        Id = id,
        TaskId = taskId,
        AuthorId = authorId,
        AuthorName = authorName,
        Text = text,
        At = now,
    };
}
