namespace WorkflowDms.Domain.Workflows;

/// <summary>Values of <see cref="BookmarkRecord.Kind"/>.</summary>
public static class BookmarkKinds
{
    public const string UserTask = "UserTask";

    public const string Timer = "Timer";

    public const string Message = "Message";
}
