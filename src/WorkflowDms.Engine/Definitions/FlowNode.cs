using WorkflowDms.Engine.Behaviors;

namespace WorkflowDms.Engine.Definitions;

/// <summary>
/// A node of the process graph. Built by the reader; outgoing flows and boundary events are indexed once at
/// deployment so the executor never searches the graph.
/// </summary>
internal abstract class FlowNode(string id, string? name, string elementType)
{
    public string Id { get; } = id;

    public string? Name { get; } = name;

    /// <summary>The BPMN element's local name, e.g. <c>userTask</c>; used in problems and effects.</summary>
    public string ElementType { get; } = elementType;

    /// <summary>The embedded sub-process that contains this node, or null at process level.</summary>
    public SubProcessNode? Parent { get; set; }

    /// <summary>Position in the document, so problems are reported in reading order.</summary>
    public int DocumentOrder { get; init; }

    public string? Documentation { get; init; }

    public SequenceFlow[] Outgoing { get; set; } = [];

    public int IncomingCount { get; set; }

    public BoundaryEventNode[] Boundaries { get; set; } = [];

    /// <summary>Set at deployment for executable processes.</summary>
    public IFlowNodeBehavior Behavior { get; set; } = null!;

    public override string ToString() => $"{ElementType} {Id}";
}
