using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A scheduled timer is no longer needed; drop the job.</summary>
/// <param name="Timer">The timer's bookmark.</param>
public sealed record TimerCancelled(Bookmark Timer) : WorkflowEffect(Timer.ElementId);
