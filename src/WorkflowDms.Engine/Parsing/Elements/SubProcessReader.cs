using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Reads an embedded sub-process (its children are read by <see cref="FlowElementReader"/>).</summary>
internal static class SubProcessReader
{
    public static FlowNode Read(ReadContext context, XElement element, int order)
    {
        if (string.Equals((string?)element.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return FlowElementReader.ReadUnsupported(context, element, order, "event sub-processes are not supported");
        }

        TaskReader.RejectLoops(context, element, order);
        return new SubProcessNode(ReadContext.Id(element), ReadContext.Name(element))
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
        };
    }
}
