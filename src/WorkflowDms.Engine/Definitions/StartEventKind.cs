namespace WorkflowDms.Engine.Definitions;

/// <summary>How a process may be started.</summary>
public enum StartEventKind
{
    /// <summary>Started explicitly by the application.</summary>
    None,

    /// <summary>Started when a message of the given name arrives.</summary>
    Message,

    /// <summary>Started by a timer the application schedules.</summary>
    Timer,
}
