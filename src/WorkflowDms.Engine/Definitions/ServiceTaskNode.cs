namespace WorkflowDms.Engine.Definitions;

internal sealed class ServiceTaskNode(string id, string? name, string? handlerKey) : ActivityNode(id, name, "serviceTask")
{
    /// <summary><c>camunda:topic</c> (external), else <c>camunda:class</c>, else <c>camunda:delegateExpression</c> without <c>${}</c>.</summary>
    public string? HandlerKey { get; } = handlerKey;
}
