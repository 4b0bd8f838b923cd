namespace WorkflowDms.Engine.Execution;

/// <summary>
/// The stimulus names no open bookmark of the instance (already completed, cancelled, never existed, a timer not
/// yet due, or the instance has ended). Nothing changed; the application maps this to 409 Conflict.
/// </summary>
public sealed class StaleStimulusException(string? bookmarkId, string message) : Exception(message)
{
    /// <summary>The bookmark the stimulus named, or null for a message with no waiting bookmark.</summary>
    public string? BookmarkId { get; } = bookmarkId;
}
