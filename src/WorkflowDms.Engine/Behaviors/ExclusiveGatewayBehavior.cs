using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Takes the first outgoing flow, in document order, whose condition holds; a flow without a condition counts as
/// true (as in Camunda). The default flow is taken only when nothing else matches; with no match and no default
/// the step fails at this gateway.
/// </summary>
internal sealed class ExclusiveGatewayBehavior : IFlowNodeBehavior
{
    public static readonly ExclusiveGatewayBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var gateway = (GatewayNode)node;
        var outgoing = gateway.Outgoing;
        var context = run.Context(scope, null);
        for (var i = 0; i < outgoing.Length; i++)
        {
            var flow = outgoing[i];
            if (ReferenceEquals(flow, gateway.DefaultFlow))
            {
                continue;
            }

            if (flow.Condition is null || run.Guard(node, () => flow.Condition.EvaluateCondition(context)))
            {
                run.Take(scope, flow);
                return;
            }
        }

        if (gateway.DefaultFlow is { } fallback)
        {
            run.Take(scope, fallback);
            return;
        }

        throw new WorkflowExecutionException(node.Id, "no outgoing sequence flow's condition holds and the gateway has no default flow");
    }
}
