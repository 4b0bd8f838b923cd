using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>
/// Reads <c>multiInstanceLoopCharacteristics</c>: <c>loopCardinality</c> or <c>camunda:collection</c> (a variable
/// name or an expression) with <c>camunda:elementVariable</c>, and an optional <c>completionCondition</c>.
/// </summary>
internal static class MultiInstanceReader
{
    public static MultiInstanceSpec? Read(ReadContext context, XElement element, int order)
    {
        if (element.Element(BpmnNames.Model + "standardLoopCharacteristics") is not null)
        {
            context.Problem(order, element, "standard loops are not supported");
        }

        var mi = element.Element(BpmnNames.Model + "multiInstanceLoopCharacteristics");
        if (mi is null)
        {
            return null;
        }

        var sequential = string.Equals((string?)mi.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase);
        var cardinalityText = mi.Element(BpmnNames.Model + "loopCardinality")?.Value.Trim();
        var cardinality = context.Template(order, element, cardinalityText, "loopCardinality");
        var collectionText = ReadContext.Camunda(mi, "collection");
        CompiledExpression? collection = null;
        if (!string.IsNullOrWhiteSpace(collectionText))
        {
            collection = CompiledExpression.IsExpression(collectionText)
                ? context.Expression(order, element, collectionText, "camunda:collection")
                : context.Expression(order, element, "${" + collectionText.Trim() + "}", "camunda:collection");
        }

        if (cardinality is null && collection is null)
        {
            context.Problem(order, element, "multi-instance needs a loopCardinality or a camunda:collection");
            return null;
        }

        var completion = context.Expression(
            order, element, mi.Element(BpmnNames.Model + "completionCondition")?.Value.Trim(), "completionCondition");
        return new MultiInstanceSpec(sequential, cardinality, collection, ReadContext.Camunda(mi, "elementVariable"), completion);
    }
}
