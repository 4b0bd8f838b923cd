namespace WorkflowDms.Engine.Definitions;

internal enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
