namespace WorkflowDms.Engine.Ports;

/// <summary>
/// Thrown by a service-task handler to raise a BPMN error. An error boundary event whose
/// <c>errorRef</c> names the same error code (or that catches all errors) takes over; otherwise the
/// instance ends with an incident.
/// </summary>
public sealed class BpmnErrorException(string errorCode, string message) : Exception(message)
{
    /// <summary>The BPMN error code, matched against <c>error@errorCode</c>.</summary>
    public string ErrorCode { get; } = errorCode;
}
