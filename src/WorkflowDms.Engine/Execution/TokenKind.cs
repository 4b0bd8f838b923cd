namespace WorkflowDms.Engine.Execution;

internal enum TokenKind
{
    /// <summary>Waits at a wait state (user/receive task, catch event, event-based gateway).</summary>
    Wait,

    /// <summary>Arrived at a parallel join and waits for the other incoming flows.</summary>
    Join,

    /// <summary>Stands for a running sub-process, called process or multi-instance body.</summary>
    Container,
}
