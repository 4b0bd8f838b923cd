using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

internal static class GatewayReader
{
    public static GatewayNode Read(ReadContext context, XElement element, int order)
    {
        var type = element.Name.LocalName;
        var kind = type switch
        {
            "exclusiveGateway" => GatewayKind.Exclusive,
            "parallelGateway" => GatewayKind.Parallel,
            _ => GatewayKind.EventBased,
        };

        if (kind == GatewayKind.EventBased && (string?)element.Attribute("eventGatewayType") == "Parallel")
        {
            context.Problem(order, element, "parallel event-based gateways are not supported");
        }

        return new GatewayNode(ReadContext.Id(element), ReadContext.Name(element), type, kind)
        {
            DocumentOrder = order,
            DefaultFlowId = (string?)element.Attribute("default"),
        };
    }
}
