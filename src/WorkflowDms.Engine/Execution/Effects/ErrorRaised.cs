namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A BPMN error was thrown (error end event or a handler's <c>BpmnErrorException</c>) and caught.</summary>
/// <param name="ElementId">Where it was thrown.</param>
/// <param name="ErrorCode">The error code, or null.</param>
/// <param name="Message">The handler's message, if any.</param>
public sealed record ErrorRaised(string ElementId, string? ErrorCode, string? Message) : WorkflowEffect(ElementId);
