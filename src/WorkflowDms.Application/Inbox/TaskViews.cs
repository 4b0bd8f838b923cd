using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Inbox;

/// <summary>Maps tasks to what the inbox shows.</summary>
internal static class TaskViews
{
    public static TaskView ToView(this WorkTask task, TaskForms forms) => new(
        task.Id,
        task.Name,
        task.ElementId,
        task.Status.ToString(),
        task.CaseType,
        task.CaseId,
        task.CaseNumber,
        task.Assignee,
        task.Candidates.Select(c => c.GroupName).Order(StringComparer.Ordinal).ToList(),
        task.FormKey,
        task.CreatedAt,
        task.DueAt,
        task.CompletedAt,
        task.Decision,
        forms.AllowedDecisions(task.FormKey));
}
