using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>
/// Reads a sequence flow. The graph is built from <c>sourceRef</c>/<c>targetRef</c> only: the
/// <c>incoming</c>/<c>outgoing</c> children of flow nodes are optional in the wild and ignored.
/// </summary>
internal static class SequenceFlowReader
{
    private static readonly string[] ExpressionLanguages =
        ["juel", "http://java.sun.com/products/jsp/", "javascript-free", "${}"];

    public static void Read(ReadContext context, XElement element)
    {
        var order = context.NextOrder();
        var condition = ReadCondition(context, element, order);
        context.Process.Flows.Add(new SequenceFlow(
            ReadContext.Id(element),
            ReadContext.Name(element),
            (string?)element.Attribute("sourceRef") ?? string.Empty,
            (string?)element.Attribute("targetRef") ?? string.Empty)
        {
            DocumentOrder = order,
            Condition = condition,
        });
    }

    private static CompiledExpression? ReadCondition(ReadContext context, XElement flow, int order)
    {
        var conditionElement = flow.Element(BpmnNames.Model + "conditionExpression");
        if (conditionElement is null)
        {
            return null;
        }

        var text = conditionElement.Value.Trim();
        var language = (string?)conditionElement.Attribute("language");
        if (language is not null && !IsOurLanguage(language))
        {
            context.Problem(order, flow, $"condition language '{language}' is not supported; write a ${{...}} expression");
            return null;
        }

        if (text.StartsWith('='))
        {
            context.Problem(order, flow, $"FEEL condition '{Shorten(text)}' is not supported; write a ${{...}} expression");
            return null;
        }

        if (!CompiledExpression.IsExpression(text))
        {
            context.Problem(order, flow,
                $"condition '{Shorten(text)}' is not a ${{...}} expression (XPath and other dialects are not supported)");
            return null;
        }

        return context.Expression(order, flow, text, "the condition");
    }

    private static bool IsOurLanguage(string language) =>
        Array.Exists(ExpressionLanguages, l => language.Contains(l, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
