using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>Reads a business-rule task: <c>camunda:decisionRef</c> names the policy rule set to evaluate.</summary>
internal static class BusinessRuleTaskReader
{
    public static BusinessRuleTaskNode Read(ReadContext context, XElement element, int order)
    {
        TaskReader.RejectLoops(context, element, order);
        return new BusinessRuleTaskNode(ReadContext.Id(element), ReadContext.Name(element))
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
            DecisionRef = ReadContext.Camunda(element, "decisionRef")?.Trim(),
            ResultVariable = ReadContext.Camunda(element, "resultVariable")?.Trim(),
            MapDecisionResult = ReadContext.Camunda(element, "mapDecisionResult")?.Trim(),
        };
    }
}
