using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Access;
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
/// holds the task; anything else is "not found", so ids of other branches' tasks leak nothing. Candidacy by
/// group is per grant: a grant (group g, path p) reaches tasks with candidate group g whose org path lies under
/// p. Out-of-office cover adds the absent users' tasks (see <see cref="InboxScope"/>); a substitute who claims
/// or decides a task the absent user holds takes it over (audited as a delegation).
/// </summary>
public sealed partial class InboxService(CommandRunner runner, WorkflowDmsDbContext reads, TaskForms forms, TimeProvider clock)
{
    public async Task<TaskView> GetAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        var principals = await InboxScope.PrincipalsAsync(reads, actor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return task is not null && CanSee(actor, principals, task) ? await ViewAsync(reads, task, cancellationToken) : throw new NotFoundException("task", taskId.ToString());
    }

    public Task<TaskView> ClaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            if (!await TakeOverAsync(services, db, actor, task, ct))
            {
                task.ClaimBy(actor.Id, clock.GetUtcNow().UtcDateTime);
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskClaimed, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber }, ct);
            return await ViewAsync(db, task, ct);
        }, cancellationToken);

    public Task<TaskView> UnclaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            await TakeOverAsync(services, db, actor, task, ct);
            task.Unclaim(actor.Id);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskUnclaimed, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber }, ct);
            return await ViewAsync(db, task, ct);
        }, cancellationToken);

    public Task<TaskView> CompleteAsync(Actor actor, Guid taskId, TaskDecision decision, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            await TakeOverAsync(services, db, actor, task, ct);
            var variables = forms.ToVariables(task.FormKey, decision);
            task.Complete(actor.Id, decision.Decision!.Trim(), decision.ReasonCode?.Trim(), decision.Comment, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskCompleted, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber, task.Decision, task.ReasonCode, task.Comment }, ct);
            await services.GetRequiredService<WorkflowRuntime>().CompleteUserTaskAsync(task, variables, actor, ct);
            return await ViewAsync(db, task, ct);
        }, cancellationToken);

    private async Task<WorkTask> LoadVisibleAsync(WorkflowDmsDbContext db, Actor actor, Guid taskId, CancellationToken ct)
    {
        var task = await db.WorkTasks.Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        var principals = await InboxScope.PrincipalsAsync(db, actor, clock.GetUtcNow().UtcDateTime, ct);
        return task is not null && CanSee(actor, principals, task) ? task : throw new NotFoundException("task", taskId.ToString());
    }

    /// <summary>
    /// A substitute acting on a task the absent user holds first takes it over (a delegation from the absent
    /// user to the substitute, audited with the reason), so the domain's assignee check then passes.
    /// </summary>
    private async Task<bool> TakeOverAsync(IServiceProvider services, WorkflowDmsDbContext db, Actor actor, WorkTask task, CancellationToken ct)
    {
        if (task.Status != WorkTaskStatus.Claimed || task.Assignee is null || task.Assignee == actor.Id)
        {
            return false;
        }

        var principals = await InboxScope.PrincipalsAsync(db, actor, clock.GetUtcNow().UtcDateTime, ct);
        if (!principals.Any(p => p.IsSubstitution && p.UserId == task.Assignee))
        {
            return false;
        }

        var absent = task.Assignee;
        task.Delegate(absent, actor.Id, clock.GetUtcNow().UtcDateTime);
        await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskDelegated, Subject(task), task.OrgPath,
            new { task.Name, task.CaseType, task.CaseId, task.CaseNumber, from = absent, to = actor.Id, reason = "substitution" }, ct);
        return true;
    }

    private static bool CanSee(Actor actor, IReadOnlyList<InboxPrincipal> principals, WorkTask task) =>
        actor.CanSee(task.OrgPath) && principals.Any(p => p.Reaches(task));

    private static string Subject(WorkTask task) => $"{task.CaseType}:{task.CaseId}";
}
