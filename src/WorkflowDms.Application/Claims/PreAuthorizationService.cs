using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Pre-authorisation (prior approval, domain-reference §2.4, W-27…W-30): a dealer asks before a costly repair,
/// a warranty reviewer or supervisor approves it with a maximum amount and a validity date, rejects it, or
/// sends it back for correction. A claim above the dealer's threshold quotes the approved number.
/// </summary>
public sealed class PreAuthorizationService(
    CommandRunner runner,
    IValidator<PreAuthorizationSubmission> submissionValidator,
    IValidator<PreAuthorizationDecision> decisionValidator,
    WorkflowDmsDbContext reads,
    TimeProvider clock)
{
    public const string CaseType = "pre-authorization";
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
            return ToView(pa);
        }, cancellationToken);
    }

    public async Task<PreAuthorizationView> ResubmitAsync(Actor actor, Guid id, PreAuthorizationSubmission submission, CancellationToken cancellationToken)
    {
        await submissionValidator.ValidateAndThrowAsync(submission, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var pa = await LoadVisibleAsync(db, actor, id, ct);
            var from = pa.Status;
            pa.Resubmit(ToRequest(submission), clock.GetUtcNow().UtcDateTime);
            await AuditStatusAsync(services, actor, pa, "resubmit", from, ct);
            return ToView(pa);
        }, cancellationToken);
    }

    public async Task<PreAuthorizationView> DecideAsync(Actor actor, Guid id, PreAuthorizationDecision decision, CancellationToken cancellationToken)
    {
        await decisionValidator.ValidateAndThrowAsync(decision, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var pa = await LoadVisibleAsync(db, actor, id, ct);
            if (!WarrantyGroups.IsIn(actor, WarrantyGroups.PreAuthorizationDeciders))
            {
                throw new RequestBodyException(403, "Forbidden", $"Deciding a pre-authorisation needs one of the groups: {string.Join(", ", WarrantyGroups.PreAuthorizationDeciders)}.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var from = pa.Status;
            switch (decision.Decision)
            {
                case "approve":
                    pa.Approve((long)(decision.AuthorizedMaxAmount!.Value * 100), decision.ValidUntil!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), actor.Name, decision.Comment, now);
                    break;
                case "reject":
                    pa.Reject(decision.ReasonCode!, decision.Comment, actor.Name, now);
                    break;
                default:
                    pa.SendBack(decision.ReasonCode!, decision.Comment, actor.Name, now);
                    break;
            }

            await AuditStatusAsync(services, actor, pa, decision.Decision!, from, ct);
            return ToView(pa);
        }, cancellationToken);
    }

    public async Task<PreAuthorizationView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var pa = await reads.PreAuthorizations.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return pa is not null && actor.CanSee(pa.OrgPath) ? ToView(pa) : throw new NotFoundException("pre-authorization", id.ToString());
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
        return page.Select(ToView).ToList();
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

    private static string Subject(Guid id) => $"{CaseType}:{id}";

    private static PreAuthorizationRequest ToRequest(PreAuthorizationSubmission s) => new()
    {
        Vin = Domain.Vehicles.VinValidator.Normalize(s.Vin!),
        FaultCode = s.FaultCode!.Trim(),
        Description = s.Description!.Trim(),
        PlannedLinesJson = JsonSerializer.Serialize(s.PlannedLines, Json),
        EstimatedMinor = (long)(s.EstimatedAmount!.Value * 100),
    };

    private static PreAuthorizationView ToView(PreAuthorization pa) => new(
        pa.Id, pa.Number, pa.Status.ToString(), pa.DealerCode, pa.Vin, pa.FaultCode, pa.Description, pa.EstimatedMinor / 100m, pa.Currency,
        pa.AuthorizedMaxMinor is { } m ? m / 100m : null, pa.ValidFrom, pa.ValidUntil, pa.DecisionReasonCode, pa.DecisionComment,
        pa.SubmissionCount, pa.RequestedAt, pa.UpdatedAt,
        JsonSerializer.Deserialize<List<PreAuthorizationLine>>(pa.PlannedLinesJson, Json) ?? []);
}
