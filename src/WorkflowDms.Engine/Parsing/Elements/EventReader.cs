using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Reads start, end, intermediate catch and boundary events.</summary>
internal static class EventReader
{
    public static FlowNode Read(ReadContext context, XElement element, int order)
    {
        var type = element.Name.LocalName;
        var id = ReadContext.Id(element);
        var name = ReadContext.Name(element);
        var allowed = type switch
        {
            "startEvent" => new[] { EventKind.None, EventKind.Message, EventKind.Timer },
            "endEvent" => [EventKind.None, EventKind.Terminate, EventKind.Error],
            "intermediateCatchEvent" => [EventKind.Message, EventKind.Timer],
            _ => [EventKind.Message, EventKind.Timer, EventKind.Error],
        };

        var trigger = EventDefinitionReader.Read(context, element, order, allowed) ?? EventDefinition.None;
        var documentation = ReadContext.Documentation(element);
        return type switch
        {
            "startEvent" => new StartEventNode(id, name, trigger) { DocumentOrder = order, Documentation = documentation },
            "endEvent" => new EndEventNode(id, name, trigger) { DocumentOrder = order, Documentation = documentation },
            "intermediateCatchEvent" => new IntermediateCatchEventNode(id, name, trigger) { DocumentOrder = order, Documentation = documentation },
            _ => ReadBoundary(context, element, order, trigger),
        };
    }

    private static BoundaryEventNode ReadBoundary(ReadContext context, XElement element, int order, EventDefinition trigger)
    {
        var cancel = !string.Equals((string?)element.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
        if (!cancel && trigger.Kind == EventKind.Error)
        {
            context.Problem(order, element, "an error boundary event always interrupts; cancelActivity=\"false\" is not allowed");
        }

        return new BoundaryEventNode(
            ReadContext.Id(element), ReadContext.Name(element), trigger, (string?)element.Attribute("attachedToRef"), cancel)
        {
            DocumentOrder = order,
        };
    }
}
