namespace WorkflowDms.Engine.Bookmarks;

/// <summary>What an instance waits for at a bookmark.</summary>
public enum BookmarkKind
{
    /// <summary>A person completes a user task (<c>CompleteUserTask</c>).</summary>
    UserTask,

    /// <summary>A timer falls due (<c>FireTimer</c> at or after <see cref="Bookmark.DueAt"/>).</summary>
    Timer,

    /// <summary>A message arrives (<c>DeliverMessage</c>).</summary>
    Message,
}
