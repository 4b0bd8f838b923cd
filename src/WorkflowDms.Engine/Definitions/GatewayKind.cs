namespace WorkflowDms.Engine.Definitions;

internal enum GatewayKind
{
    Exclusive,
    Parallel,
    EventBased,
}
