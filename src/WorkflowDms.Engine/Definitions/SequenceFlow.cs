using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Definitions;

internal sealed class SequenceFlow(string id, string? name, string sourceRef, string targetRef)
{
    public string Id { get; } = id;

    public string? Name { get; } = name;

    public string SourceRef { get; } = sourceRef;

    public string TargetRef { get; } = targetRef;

    public int DocumentOrder { get; init; }

    public CompiledExpression? Condition { get; init; }

    public FlowNode Source { get; set; } = null!;

    public FlowNode Target { get; set; } = null!;
}
