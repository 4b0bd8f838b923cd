using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A user task was opened; put it in the inbox.</summary>
/// <param name="Task">The task's bookmark (assignee, candidates, due date, form key…).</param>
public sealed record UserTaskCreated(Bookmark Task) : WorkflowEffect(Task.ElementId);
