using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Reads the flow elements of a process or sub-process, dispatching to one reader per element.</summary>
internal static class FlowElementReader
{
    // Flow elements outside the subset, with the reason given to the modeller.
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["scriptTask"] = "script tasks are not supported; put the logic in a service task handler",
        ["sendTask"] = "send tasks are not supported; use a service task with a handler",
        ["inclusiveGateway"] = "inclusive gateways are not supported; use exclusive and parallel gateways",
        ["complexGateway"] = "complex gateways are not supported",
        ["intermediateThrowEvent"] = "intermediate throw events are not supported",
        ["transaction"] = "transaction sub-processes are not supported",
        ["adHocSubProcess"] = "ad-hoc sub-processes are not supported",
        ["callChoreography"] = "choreographies are not supported",
        ["choreographyTask"] = "choreographies are not supported",
        ["subChoreography"] = "choreographies are not supported",
        ["implicitThrowEvent"] = "implicit throw events are not supported",
    };

    public static void ReadChildren(ReadContext context, XElement container, SubProcessNode? parent)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name.Namespace != BpmnNames.Model)
            {
                continue;
            }

            var name = element.Name.LocalName;
            if (name == "sequenceFlow")
            {
                SequenceFlowReader.Read(context, element);
                continue;
            }

            var order = context.NextOrder();
            FlowNode? node = name switch
            {
                "startEvent" or "endEvent" or "intermediateCatchEvent" or "boundaryEvent" =>
                    EventReader.Read(context, element, order),
                "userTask" => UserTaskReader.Read(context, element, order),
                "serviceTask" => ServiceTaskReader.Read(context, element, order),
                "businessRuleTask" => BusinessRuleTaskReader.Read(context, element, order),
                "receiveTask" => ReceiveTaskReader.Read(context, element, order),
                "manualTask" or "task" => TaskReader.ReadPassThrough(context, element, order),
                "exclusiveGateway" or "parallelGateway" or "eventBasedGateway" => GatewayReader.Read(context, element, order),
                "subProcess" => SubProcessReader.Read(context, element, order),
                "callActivity" => CallActivityReader.Read(context, element, order),
                _ when Unsupported.TryGetValue(name, out var reason) => ReadUnsupported(context, element, order, reason),
                _ => null,
            };

            if (node is not null)
            {
                context.Add(node, parent, element);
                if (node is SubProcessNode sub && node is not UnsupportedNode)
                {
                    ReadChildren(context, element, sub);
                }
            }
        }
    }

    public static UnsupportedNode ReadUnsupported(ReadContext context, XElement element, int order, string reason)
    {
        context.Problem(order, element, reason);
        return new UnsupportedNode(ReadContext.Id(element), ReadContext.Name(element), element.Name.LocalName)
        {
            DocumentOrder = order,
        };
    }
}
