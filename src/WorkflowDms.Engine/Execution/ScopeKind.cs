namespace WorkflowDms.Engine.Execution;

internal enum ScopeKind
{
    Process,
    SubProcess,
    CallActivity,
    MultiInstance,
}
