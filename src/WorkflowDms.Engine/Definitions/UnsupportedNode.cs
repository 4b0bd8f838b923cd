namespace WorkflowDms.Engine.Definitions;

/// <summary>
/// An element outside the subset. Kept so non-executable processes display whole and the graph stays
/// linked; an executable process containing one is refused at deployment.
/// </summary>
internal sealed class UnsupportedNode(string id, string? name, string elementType) : FlowNode(id, name, elementType);
