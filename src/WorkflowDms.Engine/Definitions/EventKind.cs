namespace WorkflowDms.Engine.Definitions;

internal enum EventKind
{
    None,
    Message,
    Timer,
    Error,
    Terminate,
}
