namespace WorkflowDms.Engine.Execution;

/// <summary>A token entered an element during a step.</summary>
/// <param name="ProcessId">The process the element belongs to (a called process's id inside a call activity).</param>
/// <param name="ElementId">The BPMN element entered.</param>
/// <param name="FlowId">The sequence flow taken into it; null for a start event, a boundary event or a scope's start.</param>
public readonly record struct ElementVisit(string ProcessId, string ElementId, string? FlowId);
