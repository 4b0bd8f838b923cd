using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>Maps tasks to what the inbox shows.</summary>
internal static class TaskViews
{
    public static TaskView ToView(this WorkTask task, TaskForms forms, DateTime now, IReadOnlyDictionary<string, string> names) => new(
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
        forms.AllowedDecisions(task.FormKey),
        task.DealerCode,
        task.DealerName,
        task.Currency is null ? null : task.Amount,
        task.Currency,
        task.CaseStatus,
        task.IsOverdue(now),
        task.Assignee is { } assignee ? names.GetValueOrDefault(assignee) : null,
        BulkPolicy.Allows(forms.AllowedDecisions(task.FormKey)));

    /// <summary>Display names (else e-mails) of the users holding <paramref name="tasks"/>, in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> AssigneeNamesAsync(WorkflowDmsDbContext db, IEnumerable<WorkTask> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Select(t => t.Assignee).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, StringComparer.Ordinal);
    }
}
