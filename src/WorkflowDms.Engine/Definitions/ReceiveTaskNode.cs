namespace WorkflowDms.Engine.Definitions;

internal sealed class ReceiveTaskNode(string id, string? name, string? messageName) : ActivityNode(id, name, "receiveTask")
{
    public string? MessageName { get; } = messageName;
}
