using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Definitions;

internal sealed class UserTaskNode(string id, string? name) : ActivityNode(id, name, "userTask")
{
    public Template? Assignee { get; init; }

    public Template? CandidateGroups { get; init; }

    public Template? CandidateUsers { get; init; }

    /// <summary><c>camunda:dueDate</c>: expression, ISO 8601 date-time, or (our extension) ISO 8601 duration.</summary>
    public Template? DueDate { get; init; }

    public string? FormKey { get; init; }
}
