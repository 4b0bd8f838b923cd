namespace WorkflowDms.Engine.Definitions;

/// <summary>An embedded sub-process: a scope with its own none start event.</summary>
internal sealed class SubProcessNode(string id, string? name) : ActivityNode(id, name, "subProcess")
{
    public List<FlowNode> Children { get; } = [];

    public StartEventNode? StartEvent { get; set; }
}
