using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A user task was completed by the stimulus.</summary>
/// <param name="Task">The task's bookmark.</param>
/// <param name="Variables">The variables the completion carried.</param>
public sealed record UserTaskCompleted(Bookmark Task, IReadOnlyDictionary<string, object?> Variables) : WorkflowEffect(Task.ElementId);
