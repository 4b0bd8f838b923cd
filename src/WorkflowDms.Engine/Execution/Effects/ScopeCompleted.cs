namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>An embedded sub-process, called process or multi-instance body completed.</summary>
/// <param name="ElementId">The sub-process, call activity or multi-instance activity.</param>
public sealed record ScopeCompleted(string ElementId) : WorkflowEffect(ElementId);
