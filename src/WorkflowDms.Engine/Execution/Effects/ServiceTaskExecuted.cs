namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A service task's handler ran inline.</summary>
/// <param name="ElementId">The service task.</param>
/// <param name="HandlerKey">The handler that ran.</param>
public sealed record ServiceTaskExecuted(string ElementId, string HandlerKey) : WorkflowEffect(ElementId);
