using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Deployment;

/// <summary>The classification of one BPMN file, with its processes and problems.</summary>
public sealed class DeploymentResult
{
    /// <summary>The file name given to the deployer, if any.</summary>
    public string? FileName { get; init; }

    /// <summary>Executable, display-only or invalid.</summary>
    public required DeploymentStatus Status { get; init; }

    /// <summary>True when the file has a <c>BPMNDiagram</c> section (it can be drawn).</summary>
    public bool HasDiagram { get; init; }

    /// <summary>Every process read from the file, executable or not (empty when the file is unreadable).</summary>
    public IReadOnlyList<ProcessDefinition> Processes { get; init; } = [];

    /// <summary>The deployed, runnable processes; empty unless <see cref="Status"/> is executable.</summary>
    public IReadOnlyList<ProcessDefinition> ExecutableProcesses { get; init; } = [];

    /// <summary>Why the file is invalid, in document order; empty otherwise.</summary>
    public IReadOnlyList<DeploymentProblem> Problems { get; init; } = [];

    /// <summary>One line for the command line: <c>OK</c>, <c>DISPLAY-ONLY</c> or <c>INVALID &lt;id&gt; &lt;type&gt;: &lt;reason&gt;</c>.</summary>
    public string ToSummaryLine() => Status switch
    {
        DeploymentStatus.Executable => "OK",
        DeploymentStatus.DisplayOnly => "DISPLAY-ONLY",
        _ => Problems.Count > 0 ? $"INVALID {Problems[0]}" : "INVALID",
    };
}
