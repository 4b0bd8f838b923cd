using System.Text.Json.Serialization;

namespace WorkflowDms.Engine.Bookmarks;

/// <summary>
/// A wait point of an instance: a user task, a timer or a message subscription. The application stores open
/// bookmarks in indexed columns (inbox, due timers, message correlation) and resumes the instance with a stimulus
/// naming the bookmark's <see cref="Id"/>.
/// </summary>
public sealed record Bookmark
{
    /// <summary>Unique within the instance and never reused, so a stale stimulus cannot hit a newer wait point.</summary>
    public required string Id { get; init; }

    /// <summary>What the instance waits for.</summary>
    public required BookmarkKind Kind { get; init; }

    /// <summary>The instance that waits.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>The process the element belongs to (differs from the instance's for a called process).</summary>
    public required string ProcessId { get; init; }

    /// <summary>The waiting element: the user task, receive task, catch event or boundary event.</summary>
    public required string ElementId { get; init; }

    /// <summary>The element's name.</summary>
    public string? ElementName { get; init; }

    /// <summary>For a boundary event, the activity it is attached to.</summary>
    public string? AttachedToElementId { get; init; }

    /// <summary>When the bookmark was opened (the step's <c>now</c>).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>For timers: when to fire.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>For messages: the message name.</summary>
    public string? MessageName { get; init; }

    /// <summary>For messages: the correlation key (the instance's business key, or its id when it has none).</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>For user tasks: the assignee, if any.</summary>
    public string? Assignee { get; init; }

    /// <summary>For user tasks: candidate groups.</summary>
    public IReadOnlyList<string> CandidateGroups { get; init; } = [];

    /// <summary>For user tasks: candidate users.</summary>
    public IReadOnlyList<string> CandidateUsers { get; init; } = [];

    /// <summary>For user tasks: the due date (<c>camunda:dueDate</c>).</summary>
    public DateTimeOffset? TaskDueDate { get; init; }

    /// <summary>For user tasks: <c>camunda:formKey</c>.</summary>
    public string? FormKey { get; init; }

    /// <summary>For user tasks: the element's documentation text.</summary>
    public string? Documentation { get; init; }

    /// <summary>For an instance of a multi-instance user task: its zero-based loop counter.</summary>
    public int? MultiInstanceIndex { get; init; }

    /// <summary>
    /// Readable, deterministic key for the application's index: <c>task:{instanceId}:{id}</c>,
    /// <c>timer:{instanceId}:{id}</c> or <c>message:{name}:{correlationKey}</c>.
    /// </summary>
    public string Key => Kind switch
    {
        BookmarkKind.UserTask => $"task:{InstanceId}:{Id}",
        BookmarkKind.Timer => $"timer:{InstanceId}:{Id}",
        _ => $"message:{MessageName}:{CorrelationKey}",
    };

    /// <summary>The token that waits here (engine-internal).</summary>
    [JsonInclude]
    internal int TokenId { get; init; }

    /// <summary>For timer cycles: repetitions still to come after this one (-1: unbounded).</summary>
    [JsonInclude]
    internal int? CycleRemaining { get; init; }

    /// <summary>For timer cycles: the ISO 8601 interval between repetitions.</summary>
    [JsonInclude]
    internal string? CycleInterval { get; init; }
}
