namespace WorkflowDms.Engine.Execution;

/// <summary>
/// A step cannot go on at an element: an expression failed, no gateway flow matched and there is no default, a
/// handler or rule set is missing or failed, a BPMN error was not caught. The step is void (the caller discards it
/// and rolls back); the application maps this to 422.
/// </summary>
public sealed class WorkflowExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowExecutionException(string elementId, string reason, Exception? inner = null)
        : base($"{elementId}: {reason}", inner)
    {
        ElementId = elementId;
        Reason = reason;
    }

    /// <summary>The element where execution stopped.</summary>
    public string ElementId { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>For an uncaught BPMN error, its error code.</summary>
    public string? ErrorCode { get; init; }
}
