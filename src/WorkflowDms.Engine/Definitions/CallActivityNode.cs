namespace WorkflowDms.Engine.Definitions;

internal sealed class CallActivityNode(string id, string? name, string? calledElement) : ActivityNode(id, name, "callActivity")
{
    public string? CalledElement { get; } = calledElement;

    public IReadOnlyList<VariableMapping> In { get; init; } = [];

    public IReadOnlyList<VariableMapping> Out { get; init; } = [];
}
