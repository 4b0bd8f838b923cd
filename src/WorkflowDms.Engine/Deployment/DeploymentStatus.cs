namespace WorkflowDms.Engine.Deployment;

/// <summary>How a BPMN file was classified.</summary>
public enum DeploymentStatus
{
    /// <summary>At least one executable process, and every executable process is within the supported subset.</summary>
    Executable,

    /// <summary>Readable, but no process is marked executable; it can be shown, not run.</summary>
    DisplayOnly,

    /// <summary>Unreadable, or an executable process uses something outside the subset (see the problems).</summary>
    Invalid,
}
