namespace WorkflowDms.Domain.Workflows;

/// <summary>
/// A stored wait point of an instance. (Kind, Key) is unique, so resuming a bookmark is an indexed
/// equality lookup and a duplicate wait point cannot be written; timers are found by (Kind, DueAt).
/// Keys are readable: <c>task:{taskId}</c>, <c>timer:{instance}:{element}</c>, <c>message:{name}:{correlationKey}</c>.
/// </summary>
public class BookmarkRecord
{
    private BookmarkRecord()
    {
        Kind = "";
        Key = "";
        BookmarkId = "";
        ElementId = "";
    }

    public Guid Id { get; private set; }

    public Guid InstanceId { get; private set; }

    /// <summary>One of <see cref="BookmarkKinds"/>.</summary>
    public string Kind { get; private set; }

    public string Key { get; private set; }

    /// <summary>The engine's id of the wait point within the instance.</summary>
    public string BookmarkId { get; private set; }

    public string ElementId { get; private set; }

    /// <summary>Timers only: when the timer fires (UTC).</summary>
    public DateTime? DueAt { get; private set; }

    public string? MessageName { get; private set; }

    public string? CorrelationKey { get; private set; }

    public static BookmarkRecord ForUserTask(Guid id, Guid instanceId, string bookmarkId, string elementId, Guid taskId) =>
        new() { Id = id, InstanceId = instanceId, Kind = BookmarkKinds.UserTask, Key = $"task:{taskId}", BookmarkId = bookmarkId, ElementId = elementId };

    public static BookmarkRecord ForTimer(Guid id, Guid instanceId, string bookmarkId, string elementId, DateTime dueAt) =>
        new() { Id = id, InstanceId = instanceId, Kind = BookmarkKinds.Timer, Key = $"timer:{instanceId}:{bookmarkId}", BookmarkId = bookmarkId, ElementId = elementId, DueAt = dueAt };

    public static BookmarkRecord ForMessage(Guid id, Guid instanceId, string bookmarkId, string elementId, string messageName, string? correlationKey) =>
        new()
        {
            Id = id,
            InstanceId = instanceId,
            Kind = BookmarkKinds.Message,
            Key = $"message:{messageName}:{correlationKey}",
            BookmarkId = bookmarkId,
            ElementId = elementId,
            MessageName = messageName,
            CorrelationKey = correlationKey,
        };
}
