using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A timer fired (the stimulus of this step).</summary>
/// <param name="Timer">The timer's bookmark.</param>
public sealed record TimerFired(Bookmark Timer) : WorkflowEffect(Timer.ElementId);
