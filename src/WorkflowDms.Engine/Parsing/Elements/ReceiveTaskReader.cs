using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

internal static class ReceiveTaskReader
{
    public static ReceiveTaskNode Read(ReadContext context, XElement element, int order)
    {
        TaskReader.RejectLoops(context, element, order);
        var name = EventDefinitionReader.MessageName(context, element, (string?)element.Attribute("messageRef"), order);
        return new ReceiveTaskNode(ReadContext.Id(element), ReadContext.Name(element), name)
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
        };
    }
}
