namespace WorkflowDms.Engine.Definitions;

/// <summary>
/// One BPMN process read from a file. Executable definitions come only out of
/// <see cref="Deployment.BpmnDeployer"/>, validated against the supported subset and with every expression
/// compiled; definitions are immutable once deployed and safe to share between threads.
/// </summary>
public sealed class ProcessDefinition
{
    /// <summary>The BPMN process id (for shipped workflows, the file name without extension).</summary>
    public required string Id { get; init; }

    /// <summary>The process's name attribute, if any.</summary>
    public string? Name { get; init; }

    /// <summary><c>isExecutable="true"</c> in the file. Non-executable processes are display-only.</summary>
    public bool IsExecutable { get; init; }

    /// <summary><c>camunda:versionTag</c>, if any.</summary>
    public string? VersionTag { get; init; }

    /// <summary>The process-level start events, in document order.</summary>
    public IReadOnlyList<StartEventInfo> StartEvents { get; internal set; } = [];

    /// <summary>Every element of the process (nested ones too), in document order, for display.</summary>
    public IReadOnlyList<ProcessElementInfo> Elements { get; internal set; } = [];

    /// <summary>Validated and bound to behaviors by the deployer; only deployed definitions can run.</summary>
    internal bool IsDeployed { get; set; }

    internal List<FlowNode> TopLevelNodes { get; } = [];

    internal Dictionary<string, FlowNode> NodesById { get; } = new(StringComparer.Ordinal);

    internal List<SequenceFlow> Flows { get; } = [];

    internal List<ModelProblem> Problems { get; } = [];

    /// <summary>The start event a message of that name starts, or null.</summary>
    public StartEventInfo? FindMessageStart(string messageName)
    {
        foreach (var start in StartEvents)
        {
            if (start.Kind == StartEventKind.Message && string.Equals(start.MessageName, messageName, StringComparison.Ordinal))
            {
                return start;
            }
        }

        return null;
    }

    internal FlowNode GetNode(string elementId) =>
        NodesById.TryGetValue(elementId, out var node)
            ? node
            : throw new Execution.WorkflowExecutionException(elementId, $"process '{Id}' has no element '{elementId}'");
}
