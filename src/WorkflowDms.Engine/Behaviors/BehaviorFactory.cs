using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>Binds each node of a validated executable process to its behavior, once, at deployment.</summary>
internal static class BehaviorFactory
{
    public static IFlowNodeBehavior For(FlowNode node) => node switch
    {
        StartEventNode => StartEventBehavior.Instance,
        EndEventNode => EndEventBehavior.Instance,
        IntermediateCatchEventNode => IntermediateCatchEventBehavior.Instance,
        BoundaryEventNode => BoundaryEventBehavior.Instance,
        UserTaskNode { MultiInstance: not null } => MultiInstanceBehavior.Instance,
        UserTaskNode => UserTaskBehavior.Instance,
        ServiceTaskNode => ServiceTaskBehavior.Instance,
        BusinessRuleTaskNode => BusinessRuleTaskBehavior.Instance,
        ReceiveTaskNode => ReceiveTaskBehavior.Instance,
        PassThroughTaskNode => PassThroughBehavior.Instance,
        SubProcessNode => SubProcessBehavior.Instance,
        CallActivityNode => CallActivityBehavior.Instance,
        GatewayNode { Kind: GatewayKind.Exclusive } => ExclusiveGatewayBehavior.Instance,
        GatewayNode { Kind: GatewayKind.Parallel } => ParallelGatewayBehavior.Instance,
        GatewayNode { Kind: GatewayKind.EventBased } => EventBasedGatewayBehavior.Instance,
        _ => throw new InvalidOperationException($"{node} has no behavior; it should have been refused at deployment"),
    };
}
