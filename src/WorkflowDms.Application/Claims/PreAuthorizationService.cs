using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Pre-authorisation (prior approval, domain-reference §2.4, W-27…W-30): a dealer asks before a costly repair;
/// the request runs <c>workflows/pre-authorisation.bpmn</c>, whose review task in the warranty reviewers' inbox
/// (escalated to the supervisors after 2 days) approves it with a maximum amount and a validity date, rejects
/// it, or sends it back for correction. A claim above the dealer's threshold quotes the approved number.
/// </summary>
public sealed class PreAuthorizationService(
    CommandRunner runner,
    IValidator<PreAuthorizationSubmission> submissionValidator,
    IValidator<PreAuthorizationDecision> decisionValidator,
    WorkflowDmsDbContext reads,
    InboxService inbox,
    TimeProvider clock)
{
    public const string CaseType = PreAuthorizationKeys.CaseType;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PreAuthorizationView> RequestAsync(Actor actor, PreAuthorizationSubmission submission, CancellationToken cancellationToken)
    {
        await submissionValidator.ValidateAndThrowAsync(submission, cancellationToken);
        var dealerId = actor.DealerId ?? throw new UnauthorizedAccessException();
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var dealer = await db.Dealers.SingleAsync(d => d.Id == dealerId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var pa = PreAuthorization.Request(Guid.CreateVersion7(clock.GetUtcNow()), dealer, ToRequest(submission), now);
            db.PreAuthorizations.Add(pa);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, Subject(pa.Id), pa.OrgPath,
                new { caseType = CaseType, pa.Number, pa.DealerCode, pa.Vin, estimated = pa.EstimatedMinor / 100m }, ct);
            Publish(services, pa, from: null);
            await services.GetRequiredService<WorkflowRuntime>().StartAsync(PreAuthorizationKeys.ProcessId, PreAuthorizationKeys.BusinessKey(pa.Id),
                new Dictionary<string, object?> { ["preAuthorizationId"] = pa.Id.ToString() }, actor, ct);
            return pa.ToView();
        }, cancellationToken);
    }

    /// <summary>The dealer corrects a sent-back request; the waiting process opens a new review task.</summary>
    public async Task<PreAuthorizationView> ResubmitAsync(Actor actor, Guid id, PreAuthorizationSubmission submission, CancellationToken cancellationToken)
    {
        await submissionValidator.ValidateAndThrowAsync(submission, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var pa = await LoadVisibleAsync(db, actor, id, ct);
            var from = pa.Status;
            pa.Resubmit(ToRequest(submission), clock.GetUtcNow().UtcDateTime);
            await AuditStatusAsync(services, actor, pa, "resubmit", from, ct);
            await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(
                PreAuthorizationKeys.ResubmittedMessage, PreAuthorizationKeys.BusinessKey(pa.Id), new Dictionary<string, object?>(), actor, ct);
            return pa.ToView();
        }, cancellationToken);
    }

    /// <summary>
    /// Decides the pre-authorisation's open review task on the caller's behalf: the same completion as
    /// <c>POST /tasks/{id}/complete</c>, addressed by the pre-authorisation instead of the task. 409 when no
    /// review is open, 403 when the open task is not for the caller's groups.
    /// </summary>
    public async Task<PreAuthorizationView> DecideAsync(Actor actor, Guid id, PreAuthorizationDecision decision, CancellationToken cancellationToken)
    {
        await decisionValidator.ValidateAndThrowAsync(decision, cancellationToken);
        var pa = await reads.PreAuthorizations.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pa is null || !actor.CanSee(pa.OrgPath))
        {
            throw new NotFoundException("pre-authorization", id.ToString());
        }

        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates)
            .FirstOrDefaultAsync(t => t.CaseType == CaseType && t.CaseId == id && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed), cancellationToken)
            ?? throw new ConflictException("no-review-task", $"{pa.Number} is {pa.Status}: no review task is open.");
        if (!task.IsCandidate(actor.Id, actor.Groups))
        {
            throw new RequestBodyException(403, "Forbidden",
                $"The open review of {pa.Number} ('{task.Name}') is for the groups: {string.Join(", ", task.Candidates.Select(c => c.GroupName).Where(g => !g.StartsWith(WorkTaskCandidate.UserPrefix, StringComparison.Ordinal)))}.");
        }

        await inbox.CompleteAsync(actor, task.Id, new TaskDecision(decision.Decision, decision.ReasonCode, decision.Comment, decision.AuthorizedMaxAmount, decision.ValidUntil), cancellationToken);
        return await GetAsync(actor, id, cancellationToken);
    }

    public async Task<PreAuthorizationView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var pa = await reads.PreAuthorizations.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return pa is not null && actor.CanSee(pa.OrgPath) ? pa.ToView() : throw new NotFoundException("pre-authorization", id.ToString());
    }

    public async Task<IReadOnlyList<PreAuthorizationView>> ListAsync(Actor actor, string? status, int limit, CancellationToken cancellationToken)
    {
        var query = reads.PreAuthorizations.AsNoTracking().Where(p => p.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<PreAuthorizationStatus>(status, ignoreCase: false, out var wanted))
            {
                throw new RequestBodyException(400, "Invalid query", $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<PreAuthorizationStatus>())}.", "status");
            }

            query = query.Where(p => p.Status == wanted);
        }

        var page = await query.OrderByDescending(p => p.RequestedAt).Take(Math.Clamp(limit, 1, 200)).ToListAsync(cancellationToken);
        return page.Select(PreAuthorizationViews.ToView).ToList();
    }

    private static async Task<PreAuthorization> LoadVisibleAsync(WorkflowDmsDbContext db, Actor actor, Guid id, CancellationToken ct)
    {
        var pa = await db.PreAuthorizations.FirstOrDefaultAsync(p => p.Id == id, ct);
        return pa is not null && actor.CanSee(pa.OrgPath) ? pa : throw new NotFoundException("pre-authorization", id.ToString());
    }

    private static async Task AuditStatusAsync(IServiceProvider services, Actor actor, PreAuthorization pa, string step, PreAuthorizationStatus from, CancellationToken ct)
    {
        await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseStatusChanged, Subject(pa.Id), pa.OrgPath, new
        {
            caseType = CaseType,
            step,
            from = from.ToString(),
            to = pa.Status.ToString(),
            reason = pa.DecisionReasonCode,
            comment = pa.DecisionComment,
            authorizedMax = pa.AuthorizedMaxMinor is { } m ? m / 100m : (decimal?)null,
            pa.ValidUntil,
        }, ct);
        Publish(services, pa, from);
    }

    private static void Publish(IServiceProvider services, PreAuthorization pa, PreAuthorizationStatus? from) =>
        services.GetRequiredService<CaseEvents>().StatusChangedTo(
            new CaseReference(CaseType, pa.Id, pa.Number, pa.OrgNodeId, pa.OrgPath), pa.DealerId, pa.Status.ToString(),
            new { from = from?.ToString(), pa.DecisionReasonCode });

    private static string Subject(Guid id) => PreAuthorizationKeys.AuditSubject(id);

    private static PreAuthorizationRequest ToRequest(PreAuthorizationSubmission s) => new()
    {
        Vin = Domain.Vehicles.VinValidator.Normalize(s.Vin!),
        FaultCode = s.FaultCode!.Trim(),
        Description = s.Description!.Trim(),
        PlannedLinesJson = JsonSerializer.Serialize(s.PlannedLines, Json),
        EstimatedMinor = (long)(s.EstimatedAmount!.Value * 100),
    };
}
