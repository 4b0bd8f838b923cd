namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A terminate end event at process level ended the instance.</summary>
/// <param name="ElementId">The terminate end event.</param>
public sealed record ProcessTerminated(string ElementId) : WorkflowEffect(ElementId);
