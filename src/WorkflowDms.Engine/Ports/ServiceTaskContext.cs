namespace WorkflowDms.Engine.Ports;

/// <summary>What a service-task handler is told about the step it runs.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="ProcessId">The process definition's id.</param>
/// <param name="ElementId">The service task's element id.</param>
/// <param name="BusinessKey">The case the instance runs for (e.g. <c>claim:0f3c…</c>), or null.</param>
/// <param name="Variables">The instance variables visible at the task (read-only).</param>
/// <param name="Now">The engine's current time.</param>
public sealed record ServiceTaskContext(
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string? BusinessKey,
    IReadOnlyDictionary<string, object?> Variables,
    DateTimeOffset Now);
