using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A user task was withdrawn (interrupting boundary event, terminate, N-of-M reached…); remove it from the inbox.</summary>
/// <param name="Task">The task's bookmark.</param>
public sealed record UserTaskCancelled(Bookmark Task) : WorkflowEffect(Task.ElementId);
