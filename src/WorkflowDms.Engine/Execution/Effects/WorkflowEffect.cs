namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>Something that happened during a step, for the application to act on and to audit.</summary>
/// <param name="ElementId">The BPMN element it happened at (the process id for process-level effects).</param>
public abstract record WorkflowEffect(string ElementId);
