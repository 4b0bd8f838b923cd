namespace WorkflowDms.Engine.Definitions;

/// <summary>A process-level start event, so the application can offer message and timer starts.</summary>
/// <param name="Id">The start event's element id; pass it as <c>StartRequest.StartEventId</c>.</param>
/// <param name="Name">Its name, if any.</param>
/// <param name="Kind">None, message or timer.</param>
/// <param name="MessageName">For a message start, the message name.</param>
/// <param name="TimerValue">For a timer start, the ISO 8601 text (or expression) of its timer.</param>
public sealed record StartEventInfo(string Id, string? Name, StartEventKind Kind, string? MessageName, string? TimerValue);
