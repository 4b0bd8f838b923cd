namespace WorkflowDms.Engine.Parsing;

/// <summary>
/// A BPMN file could not be read at all: not well-formed, hostile (DTD, too large, too deep) or not BPMN 2.0.
/// Document-level problems use <see cref="DocumentElementId"/> as the element id.
/// </summary>
public sealed class BpmnParseException(string elementId, string elementType, string reason)
    : Exception($"{elementType} {elementId}: {reason}")
{
    /// <summary>The element id used when the problem concerns the document as a whole.</summary>
    public const string DocumentElementId = "(document)";

    /// <summary>The offending element's id, or <see cref="DocumentElementId"/>.</summary>
    public string ElementId { get; } = elementId;

    /// <summary>The offending element's type (BPMN local name), or <c>xml</c> for the document.</summary>
    public string ElementType { get; } = elementType;

    /// <summary>Why the file was refused, e.g. <c>DTD is prohibited</c>.</summary>
    public string Reason { get; } = reason;
}
