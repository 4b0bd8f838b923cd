using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Access;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Delegation: the holder (or, for an open task, a candidate, who takes it first) hands the task to another staff
/// user — only to one who could see and decide it themselves: the task lies in their subtree and one of their
/// grants (or their name) is among its candidates. Anyone else is a 422 naming <c>to</c>.
/// </summary>
public sealed partial class InboxService
{
    public Task<TaskView> DelegateAsync(Actor actor, Guid taskId, DelegateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var email = request.To?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256)
        {
            throw new RequestBodyException(400, "Invalid delegation", "to (the e-mail of a staff user) is required.", "to");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            await TakeOverAsync(services, db, actor, task, ct);
            var normalized = email.ToUpperInvariant();
            var target = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
                .Select(u => new { u.Id, u.Email, u.OrgPath }).FirstOrDefaultAsync(ct);
            if (target is null || target.Id == actor.Id)
            {
                throw new RequestBodyException(422, "Invalid delegation", target is null ? $"No staff user '{email}'." : "A task cannot be delegated to yourself.", "to");
            }

            var grants = await AccessGrants.ForUserAsync(db, target.Id, target.OrgPath, ct);
            var reaches = task.OrgPath.StartsWith(target.OrgPath, StringComparison.Ordinal)
                && new InboxPrincipal(target.Id, target.OrgPath, grants, IsSubstitution: false).Reaches(task);
            if (!reaches)
            {
                throw new RequestBodyException(422, "Invalid delegation", $"'{email}' could not see or decide this task (not a candidate within their scope).", "to");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (task.Status == WorkTaskStatus.Open)
            {
                task.ClaimBy(actor.Id, now);
            }

            var from = task.Assignee;
            task.Delegate(actor.Id, target.Id, now);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskDelegated, Subject(task), task.OrgPath,
                new { task.Name, task.CaseType, task.CaseId, task.CaseNumber, from, to = target.Id, toEmail = target.Email, reason = "delegated" }, ct);
            return await ViewAsync(db, task, ct);
        }, cancellationToken);
    }
}
