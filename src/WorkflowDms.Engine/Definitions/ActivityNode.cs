namespace WorkflowDms.Engine.Definitions;

/// <summary>A task, sub-process or call activity: something boundary events attach to.</summary>
internal abstract class ActivityNode(string id, string? name, string elementType) : FlowNode(id, name, elementType)
{
    public MultiInstanceSpec? MultiInstance { get; init; }
}
