using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A timer was scheduled; fire it with <c>FireTimer</c> at <see cref="Bookmark.DueAt"/>.</summary>
/// <param name="Timer">The timer's bookmark.</param>
public sealed record TimerScheduled(Bookmark Timer) : WorkflowEffect(Timer.ElementId);
