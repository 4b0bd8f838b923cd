using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Deployment;

/// <summary>
/// Checks an executable process against the supported subset, beyond what the reader already refused: start
/// events per scope, where conditions may stand, what may follow an event-based gateway, handler keys and rule
/// sets (against the registered handlers and loaded rule sets, when the deployer was given them).
/// </summary>
internal static class ProcessValidator
{
    public static void Validate(ProcessDefinition process, IRuleEvaluator? rules, IReadOnlySet<string>? handlerKeys)
    {
        ValidateStarts(process, process.TopLevelNodes, null);
        foreach (var node in process.NodesById.Values)
        {
            switch (node)
            {
                case SubProcessNode sub:
                    ValidateStarts(process, sub.Children, sub);
                    break;
                case ServiceTaskNode { HandlerKey: null }:
                    Problem(process, node, "a service task needs a handler: camunda:type=\"external\" with camunda:topic, camunda:class or camunda:delegateExpression");
                    break;
                case ServiceTaskNode service when handlerKeys is not null && !handlerKeys.Contains(service.HandlerKey!):
                    Problem(process, node, $"no service-task handler is registered for '{service.HandlerKey}'");
                    break;
                case BusinessRuleTaskNode { DecisionRef: null or "" }:
                    Problem(process, node, "a business-rule task needs camunda:decisionRef naming a rule set");
                    break;
                case BusinessRuleTaskNode rule when rules is not null && !rules.HasRuleSet(rule.DecisionRef!):
                    Problem(process, node, $"rule set '{rule.DecisionRef}' is not loaded");
                    break;
                case GatewayNode { Kind: GatewayKind.EventBased } gateway:
                    ValidateEventGateway(process, gateway);
                    break;
            }
        }

        foreach (var flow in process.Flows)
        {
            if (flow.Condition is not null && flow.Source is not null && flow.Source is not GatewayNode { Kind: GatewayKind.Exclusive })
            {
                process.Problems.Add(new ModelProblem(flow.DocumentOrder, flow.Id, "sequenceFlow",
                    "conditions are supported only on flows out of an exclusive gateway"));
            }
        }
    }

    private static void ValidateStarts(ProcessDefinition process, List<FlowNode> nodes, SubProcessNode? sub)
    {
        var none = 0;
        var any = 0;
        foreach (var node in nodes)
        {
            if (node is not StartEventNode start)
            {
                continue;
            }

            any++;
            if (start.Trigger.Kind == EventKind.None)
            {
                none++;
            }
            else if (sub is not null)
            {
                Problem(process, node, "a start event inside an embedded sub-process must be a none start event");
            }
        }

        if (sub is not null && none != 1)
        {
            Problem(process, sub, "an embedded sub-process needs exactly one none start event");
        }
        else if (sub is null && any == 0)
        {
            process.Problems.Add(new ModelProblem(0, process.Id, "process", "the process has no start event"));
        }
        else if (sub is null && none > 1)
        {
            process.Problems.Add(new ModelProblem(0, process.Id, "process", "the process has more than one none start event"));
        }
    }

    private static void ValidateEventGateway(ProcessDefinition process, GatewayNode gateway)
    {
        if (gateway.Outgoing.Length == 0)
        {
            Problem(process, gateway, "an event-based gateway needs outgoing flows to catch events or receive tasks");
        }

        foreach (var flow in gateway.Outgoing)
        {
            if (flow.Target is not (IntermediateCatchEventNode or ReceiveTaskNode))
            {
                Problem(process, gateway, $"an event-based gateway may only lead to timer or message catch events and receive tasks, not to {flow.Target}");
            }
            else if (flow.Target.IncomingCount > 1)
            {
                Problem(process, flow.Target, "an event following an event-based gateway may have no other incoming flow");
            }
        }
    }

    private static void Problem(ProcessDefinition process, FlowNode node, string reason) =>
        process.Problems.Add(new ModelProblem(node.DocumentOrder, node.Id, node.ElementType, reason));
}
