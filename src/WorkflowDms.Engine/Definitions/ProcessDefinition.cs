namespace WorkflowDms.Engine.Definitions;

/// <summary>An immutable, validated process definition, ready to execute.</summary>
public sealed class ProcessDefinition
{
    /// <summary>The BPMN process id (for shipped workflows, the file name without extension).</summary>
    public required string Id { get; init; }
}
