using System.Xml.Linq;
using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing.Elements;

/// <summary>
/// Reads a user task and its Camunda 7 attributes. Task listeners and <c>camunda:async</c> are ignored
/// (docs/bpmn-subset.md): the inbox lives in the application, which reacts to the engine's effects instead.
/// </summary>
internal static class UserTaskReader
{
    public static UserTaskNode Read(ReadContext context, XElement element, int order) =>
        new(ReadContext.Id(element), ReadContext.Name(element))
        {
            DocumentOrder = order,
            Documentation = ReadContext.Documentation(element),
            Assignee = context.Template(order, element, ReadContext.Camunda(element, "assignee"), "camunda:assignee"),
            CandidateGroups = context.Template(order, element, ReadContext.Camunda(element, "candidateGroups"), "camunda:candidateGroups"),
            CandidateUsers = context.Template(order, element, ReadContext.Camunda(element, "candidateUsers"), "camunda:candidateUsers"),
            DueDate = context.Template(order, element, ReadContext.Camunda(element, "dueDate"), "camunda:dueDate"),
            FormKey = ReadContext.Camunda(element, "formKey"),
            MultiInstance = MultiInstanceReader.Read(context, element, order),
        };
}
