using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Pass-through tasks, and the loop check shared by the activities that may not loop.</summary>
internal static class TaskReader
{
    public static PassThroughTaskNode ReadPassThrough(ReadContext context, XElement element, int order)
    {
        RejectLoops(context, element, order);
        return new PassThroughTaskNode(ReadContext.Id(element), ReadContext.Name(element), element.Name.LocalName)
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
        };
    }

    /// <summary>Multi-instance is supported on user tasks only, standard loops nowhere.</summary>
    public static void RejectLoops(ReadContext context, XElement element, int order)
    {
        if (element.Element(BpmnNames.Model + "multiInstanceLoopCharacteristics") is not null)
        {
            context.Problem(order, element, "multi-instance is supported on user tasks only");
        }

        if (element.Element(BpmnNames.Model + "standardLoopCharacteristics") is not null)
        {
            context.Problem(order, element, "standard loops are not supported");
        }
    }
}
