namespace WorkflowDms.Domain.Integration;

/// <summary>Where a queued job stands. A <see cref="Running"/> job whose lease ran out is picked up again.</summary>
public enum QueuedJobStatus
{
    Pending,
    Running,
    Succeeded,
    Failed,
}
