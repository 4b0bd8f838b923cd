namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>The instance completed.</summary>
/// <param name="ProcessId">The process.</param>
public sealed record ProcessCompleted(string ProcessId) : WorkflowEffect(ProcessId);
