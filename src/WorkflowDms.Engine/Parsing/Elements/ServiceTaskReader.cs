using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>
/// Reads a service task. Its handler key is <c>camunda:topic</c> when <c>camunda:type="external"</c>, else
/// <c>camunda:class</c>, else <c>camunda:delegateExpression</c> without its <c>${}</c>; the handler runs inline.
/// </summary>
internal static class ServiceTaskReader
{
    public static ServiceTaskNode Read(ReadContext context, XElement element, int order)
    {
        TaskReader.RejectLoops(context, element, order);
        return new ServiceTaskNode(ReadContext.Id(element), ReadContext.Name(element), HandlerKey(element))
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
        };
    }

    public static string? HandlerKey(XElement element)
    {
        string? key = null;
        if (string.Equals(ReadContext.Camunda(element, "type"), "external", StringComparison.Ordinal))
        {
            key = ReadContext.Camunda(element, "topic");
        }

        key ??= ReadContext.Camunda(element, "class");
        if (key is null && ReadContext.Camunda(element, "delegateExpression") is { } delegateExpression)
        {
            var t = delegateExpression.Trim();
            key = t.Length > 3 && (t[0] == '$' || t[0] == '#') && t[1] == '{' && t[^1] == '}' ? t[2..^1].Trim() : t;
        }

        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }
}
