namespace WorkflowDms.Engine.Execution;

/// <summary>What starts a new instance.</summary>
/// <param name="InstanceId">The new instance's id (chosen by the caller, so it can be stored before the step).</param>
/// <param name="BusinessKey">The case, e.g. <c>claim:0f3c…</c>; the correlation key for messages.</param>
/// <param name="Variables">Initial process variables (JSON-shaped values), or null.</param>
/// <param name="StartEventId">Which start event to use; null for the process's none start event.</param>
public sealed record StartRequest(
    Guid InstanceId,
    string? BusinessKey = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    string? StartEventId = null);
