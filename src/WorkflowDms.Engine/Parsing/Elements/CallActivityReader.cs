using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>
/// Reads a call activity: <c>calledElement</c> (a literal process id) and the <c>camunda:in</c>/<c>camunda:out</c>
/// mappings with <c>source</c>, <c>sourceExpression</c>, <c>target</c> or <c>variables="all"</c>.
/// </summary>
internal static class CallActivityReader
{
    public static CallActivityNode Read(ReadContext context, XElement element, int order)
    {
        TaskReader.RejectLoops(context, element, order);
        var called = ((string?)element.Attribute("calledElement"))?.Trim();
        if (string.IsNullOrEmpty(called))
        {
            context.Problem(order, element, "calledElement is required");
        }
        else if (called.Contains("${", StringComparison.Ordinal) || called.Contains("#{", StringComparison.Ordinal))
        {
            context.Problem(order, element, "calledElement must be a literal process id, not an expression");
        }

        if (ReadContext.Camunda(element, "calledElementBinding") is { } binding && binding != "latest")
        {
            context.Problem(order, element, $"camunda:calledElementBinding=\"{binding}\" is not supported; the latest version is called");
        }

        return new CallActivityNode(ReadContext.Id(element), ReadContext.Name(element), called)
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
            In = ReadMappings(context, element, order, "in"),
            Out = ReadMappings(context, element, order, "out"),
        };
    }

    private static List<VariableMapping> ReadMappings(ReadContext context, XElement element, int order, string direction)
    {
        var mappings = new List<VariableMapping>();
        foreach (var m in ReadContext.CamundaExtensions(element, direction))
        {
            if ((string?)m.Attribute("businessKey") is not null)
            {
                // The called process runs inside the same instance, so it has the caller's business key anyway.
                continue;
            }

            if (string.Equals((string?)m.Attribute("variables"), "all", StringComparison.Ordinal))
            {
                mappings.Add(new VariableMapping(null, null, null, true));
                continue;
            }

            var source = (string?)m.Attribute("source");
            var sourceExpression = context.Expression(order, element, (string?)m.Attribute("sourceExpression"), $"camunda:{direction} sourceExpression");
            var target = (string?)m.Attribute("target");
            if ((source is null && sourceExpression is null) || string.IsNullOrEmpty(target))
            {
                context.Problem(order, element, $"camunda:{direction} needs source or sourceExpression, and target");
                continue;
            }

            mappings.Add(new VariableMapping(source, sourceExpression, target, false));
        }

        return mappings;
    }
}
