using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The approver's inbox: list, claim, unclaim and complete. A task is visible to a user only when the
/// task's case lies within the user's org subtree AND the user is a candidate (by group or by name) or
/// holds the task; anything else is "not found", so ids of other branches' tasks leak nothing.
/// </summary>
public sealed class InboxService(CommandRunner runner, WorkflowDmsDbContext reads, TaskForms forms, TimeProvider clock)
{
    public async Task<TaskPage> GetInboxAsync(Actor actor, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var names = CandidateNames(actor);
        var candidates = reads.WorkTaskCandidates.AsNoTracking()
            .Where(c => names.Contains(c.GroupName) && c.IsOpen && c.OrgPath.StartsWith(actor.OrgPath))
            .Select(c => new { c.TaskId, c.SortDueAt, c.CreatedAt });
        var mine = reads.WorkTasks.AsNoTracking()
            .Where(t => t.Assignee == actor.Id && t.Status == WorkTaskStatus.Claimed)
            .Select(t => new { TaskId = t.Id, SortDueAt = t.DueAt ?? WorkTaskCandidate.NoDueDate, t.CreatedAt });
        var keys = candidates.Union(mine);

        if (after is not null)
        {
            var (due, key) = Cursor.Decode(after);
            var parts = key.Split('|');
            var createdAt = new DateTime(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var taskId = Guid.Parse(parts[1]);
            keys = keys.Where(k => k.SortDueAt > due
                || (k.SortDueAt == due && (k.CreatedAt > createdAt || (k.CreatedAt == createdAt && k.TaskId.CompareTo(taskId) > 0))));
        }

        var page = await keys.OrderBy(k => k.SortDueAt).ThenBy(k => k.CreatedAt).ThenBy(k => k.TaskId)
            .Take(limit + 1).ToListAsync(cancellationToken);
        var ids = page.Take(limit).Select(k => k.TaskId).ToList();
        var tasks = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates)
            .Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var items = ids.Select(id => tasks[id].ToView(forms)).ToList();
        var last = page.Count > limit ? page[limit - 1] : null;
        var next = last is null ? null : Cursor.Encode(last.SortDueAt, $"{last.CreatedAt.Ticks}|{last.TaskId:N}");
        return new TaskPage(items, next);
    }

    public async Task<TaskView> GetAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        return task is not null && CanSee(actor, task) ? task.ToView(forms) : throw new NotFoundException("task", taskId.ToString());
    }

    public Task<TaskView> ClaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            task.ClaimBy(actor.Id, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskClaimed, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber }, ct);
            return task.ToView(forms);
        }, cancellationToken);

    public Task<TaskView> UnclaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            task.Unclaim(actor.Id);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskUnclaimed, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber }, ct);
            return task.ToView(forms);
        }, cancellationToken);

    public Task<TaskView> CompleteAsync(Actor actor, Guid taskId, TaskDecision decision, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            var variables = forms.ToVariables(task.FormKey, decision);
            task.Complete(actor.Id, decision.Decision!.Trim(), decision.ReasonCode?.Trim(), decision.Comment, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskCompleted, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber, task.Decision, task.ReasonCode, task.Comment }, ct);
            await services.GetRequiredService<WorkflowRuntime>().CompleteUserTaskAsync(task, variables, actor, ct);
            return task.ToView(forms);
        }, cancellationToken);

    private static async Task<WorkTask> LoadVisibleAsync(WorkflowDmsDbContext db, Actor actor, Guid taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        return task is not null && CanSee(actor, task) ? task : throw new NotFoundException("task", taskId.ToString());
    }

    private static bool CanSee(Actor actor, WorkTask task) =>
        actor.CanSee(task.OrgPath) && (task.Assignee == actor.Id || task.IsCandidate(actor.Id, actor.Groups));

    private static List<string> CandidateNames(Actor actor) =>
        [.. actor.Groups, WorkTaskCandidate.ForUser(actor.Id)];

    private static string Subject(WorkTask task) => $"{task.CaseType}:{task.CaseId}";
}
