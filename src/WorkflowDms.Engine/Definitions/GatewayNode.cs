namespace WorkflowDms.Engine.Definitions;

internal sealed class GatewayNode(string id, string? name, string elementType, GatewayKind kind)
    : FlowNode(id, name, elementType)
{
    public GatewayKind Kind { get; } = kind;

    public string? DefaultFlowId { get; init; }

    public SequenceFlow? DefaultFlow { get; set; }
}
