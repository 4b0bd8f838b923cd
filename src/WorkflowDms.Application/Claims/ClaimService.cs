using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Idempotency;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// The warranty-claim use cases: submit (with idempotency), read, list and resubmit. Each command is one
/// transaction in which the claim, its workflow instance, tasks and audit entries are written together.
/// </summary>
public sealed class ClaimService(
    CommandRunner runner, IValidator<ClaimSubmission> validator, IValidator<ClaimLineDecisions> lineValidator, WorkflowDmsDbContext reads, TimeProvider clock)
{
    /// <summary>The forms of the tasks in which a reviewer decides a claim; their holder may decide lines.</summary>
    private static readonly string[] ReviewForms = ["claim-review", "claim-appeal-review"];

    private const int MaxIdempotencyKeyLength = 100;

    public async Task<CommandResponse> SubmitAsync(
        Actor actor, ClaimSubmission submission, byte[] rawBody, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            throw new RequestBodyException(400, "Invalid Idempotency-Key", $"The Idempotency-Key header must be 1 to {MaxIdempotencyKeyLength} characters.", "Idempotency-Key");
        }

        await validator.ValidateAndThrowAsync(submission, cancellationToken);
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(rawBody));
        var callerDealerId = actor.DealerId ?? throw new UnauthorizedAccessException();

        return await runner.RunAsync(async (services, db, ct) =>
        {
            if (idempotencyKey is not null)
            {
                var earlier = await db.IdempotencyRecords.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.DealerId == callerDealerId && r.Key == idempotencyKey, ct);
                if (earlier is not null)
                {
                    return earlier.RequestHash == requestHash
                        ? new CommandResponse(earlier.StatusCode, earlier.ResponseJson)
                        : throw new BusinessRuleException("idempotency-key-reused", $"Idempotency key '{idempotencyKey}' was already used with a different request body.");
                }
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var dealer = await PerformingDealerAsync(db, actor, submission.PerformingDealerCode, ct);
            var dealerClaimNumber = submission.DealerClaimNumber!.Trim();
            if (await db.Claims.AnyAsync(c => c.DealerId == dealer.Id && c.DealerClaimNumber == dealerClaimNumber, ct))
            {
                throw new ConflictException("duplicate-dealer-claim-number", $"Claim '{dealerClaimNumber}' was already submitted by {dealer.Code}; correct it with POST /claims/{{id}}/resubmit.");
            }

            var lines = await ClaimPricing.PriceAsync(db, dealer, submission.Lines!, ct);
            var id = Guid.CreateVersion7(clock.GetUtcNow());
            var claim = Claim.Submit(id, ClaimNumber.Create(id, now), dealer, dealerClaimNumber, ClaimPricing.Header(submission), lines, now);
            db.Claims.Add(claim);

            var audit = services.GetRequiredService<AuditTrail>();
            await audit.AppendAsync(actor, AuditAction.ClaimSubmitted, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
                new { claim.Number, claim.DealerCode, claim.DealerClaimNumber, claim.Vin, total = ClaimViews.Money(claim.TotalMinor), lines = claim.Lines.Count }, ct);

            var workflows = services.GetRequiredService<WorkflowRuntime>();
            var instanceId = await workflows.StartAsync(ClaimKeys.ProcessId, ClaimKeys.BusinessKey(claim.Id),
                new Dictionary<string, object?> { ["claimId"] = claim.Id.ToString(), ["manualAuditRequested"] = submission.ManualAuditRequested }, actor, ct);
            claim.AttachWorkflow(instanceId, now);

            var json = ClaimViews.Serialize(claim.ToView());
            if (idempotencyKey is not null)
            {
                db.IdempotencyRecords.Add(IdempotencyRecord.Record(Guid.CreateVersion7(), callerDealerId, idempotencyKey, requestHash, 201, json, claim.Id, now));
            }

            return new CommandResponse(201, json);
        }, cancellationToken);
    }

    public async Task<ClaimView> ResubmitAsync(Actor actor, Guid claimId, ClaimSubmission submission, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(submission, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var claim = await db.Claims.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null || !actor.CanSee(claim.OrgPath))
            {
                throw new NotFoundException("claim", claimId.ToString());
            }

            if (!string.Equals(claim.DealerClaimNumber, submission.DealerClaimNumber!.Trim(), StringComparison.Ordinal)
                || !string.Equals(claim.Vin, Domain.Vehicles.VinValidator.Normalize(submission.Vin!), StringComparison.Ordinal))
            {
                throw new BusinessRuleException("resubmission-mismatch", "A resubmission keeps the claim's dealerClaimNumber and vin; submit a new claim for another repair.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var dealer = await db.Dealers.SingleAsync(d => d.Id == claim.DealerId, ct);
            var lines = await ClaimPricing.PriceAsync(db, dealer, submission.Lines!, ct);
            claim.Resubmit(ClaimPricing.Header(submission), lines, now);

            var audit = services.GetRequiredService<AuditTrail>();
            await audit.AppendAsync(actor, AuditAction.ClaimResubmitted, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
                new { claim.SubmissionCount, total = ClaimViews.Money(claim.TotalMinor), lines = claim.Lines.Count }, ct);

            var workflows = services.GetRequiredService<WorkflowRuntime>();
            await workflows.DeliverMessageAsync(ClaimKeys.ResubmittedMessage, ClaimKeys.BusinessKey(claim.Id), new Dictionary<string, object?>(), actor, ct);
            return claim.ToView();
        }, cancellationToken);
    }

    /// <summary>The dealer reports that the old part is on its way (domain-reference §2.4, old-part return).</summary>
    public Task<ClaimView> ReportPartsShippedAsync(Actor actor, Guid claimId, PartsShipment shipment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(shipment.TrackingNumber) || shipment.TrackingNumber.Length > 60 || shipment.Carrier is { Length: > 60 })
        {
            throw new RequestBodyException(400, "Invalid shipment", "trackingNumber is required (at most 60 characters); carrier has at most 60.", "trackingNumber");
        }

        return DeliverAsync(actor, claimId, ClaimKeys.PartsShippedMessage, AuditAction.MessageReceived,
            new Dictionary<string, object?> { ["carrier"] = shipment.Carrier?.Trim(), ["trackingNumber"] = shipment.TrackingNumber.Trim() }, cancellationToken);
    }

    /// <summary>The returns warehouse confirms the old part arrived; an inspection task follows.</summary>
    public Task<ClaimView> ConfirmPartsReceivedAsync(Actor actor, Guid claimId, CancellationToken cancellationToken) =>
        DeliverAsync(actor, claimId, ClaimKeys.PartsReceivedMessage, AuditAction.MessageReceived,
            new Dictionary<string, object?> { ["receivedBy"] = actor.Name }, cancellationToken);

    private Task<ClaimView> DeliverAsync(Actor actor, Guid claimId, string message, AuditAction action, Dictionary<string, object?> payload, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var claim = await db.Claims.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null || !actor.CanSee(claim.OrgPath))
            {
                throw new NotFoundException("claim", claimId.ToString());
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, action, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
                new { message, payload }, ct);
            await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(message, ClaimKeys.BusinessKey(claim.Id), payload, actor, ct);
            return claim.ToView();
        }, cancellationToken);

    /// <summary>
    /// The dealer appeals a rejection (W-60): checked against the claim first (422/409 with the reason), then
    /// handed to the waiting process, which reopens the claim and opens an appeal-review task.
    /// </summary>
    public async Task<ClaimView> AppealAsync(Actor actor, Guid claimId, ClaimAppeal appeal, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(appeal.Reason) || appeal.Reason.Length > 2000)
        {
            throw new RequestBodyException(400, "Invalid appeal", "reason is required (at most 2000 characters).", "reason");
        }

        return await runner.RunAsync(async (services, db, ct) =>
        {
            var claim = await LoadVisibleAsync(db, actor, claimId, ct);
            claim.EnsureCanAppeal(appeal.Reason);
            var reason = appeal.Reason.Trim();
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.MessageReceived, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
                new { message = ClaimKeys.AppealedMessage, reason }, ct);
            await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(ClaimKeys.AppealedMessage, ClaimKeys.BusinessKey(claim.Id),
                new Dictionary<string, object?> { ["appealReason"] = reason }, actor, ct);
            return claim.ToView();
        }, cancellationToken);
    }

    /// <summary>
    /// The reviewer holding the claim's open review task decides lines one by one (W-51): approve, adjust to an
    /// amount, or reject. Completing the task with <c>approve</c> then pays the sum of the approved amounts.
    /// </summary>
    public async Task<ClaimView> DecideLinesAsync(Actor actor, Guid claimId, ClaimLineDecisions decisions, CancellationToken cancellationToken)
    {
        await lineValidator.ValidateAndThrowAsync(decisions, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var claim = await LoadVisibleAsync(db, actor, claimId, ct);
            var tasks = await db.WorkTasks.Include(t => t.Candidates)
                .Where(t => t.CaseType == ClaimKeys.CaseType && t.CaseId == claimId
                    && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed)
                    && ReviewForms.Contains(t.FormKey))
                .ToListAsync(ct);
            var holds = tasks.Exists(t => t.Assignee == actor.Id || (t.Assignee is null && t.IsCandidate(actor.Id, actor.Groups)));
            if (!holds)
            {
                throw tasks.Exists(t => actor.CanSee(t.OrgPath) && t.IsCandidate(actor.Id, actor.Groups))
                    ? new BusinessRuleException("review-task-held-by-another", $"Another reviewer holds the review task of claim {claim.Number}.")
                    : new BusinessRuleException("no-review-task", $"You hold no open review task for claim {claim.Number}; line decisions are made while reviewing it.");
            }

            foreach (var line in decisions.Lines!)
            {
                var disposition = line.Decision switch
                {
                    "approve" => ClaimLineDisposition.Approved,
                    "adjust" => ClaimLineDisposition.Adjusted,
                    _ => ClaimLineDisposition.Rejected,
                };
                claim.DecideLine(line.LineNumber!.Value, disposition, line.ApprovedAmount is { } a ? (long)(a * 100) : null, line.ReasonCode?.Trim());
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.ClaimLineDecided, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
                new { lines = decisions.Lines!.Select(l => new { l.LineNumber, l.Decision, l.ApprovedAmount, l.ReasonCode }) }, ct);
            return claim.ToView();
        }, cancellationToken);
    }

    private static async Task<Claim> LoadVisibleAsync(WorkflowDmsDbContext db, Actor actor, Guid claimId, CancellationToken ct)
    {
        var claim = await db.Claims.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == claimId, ct);
        return claim is not null && actor.CanSee(claim.OrgPath) ? claim : throw new NotFoundException("claim", claimId.ToString());
    }

    public async Task<ClaimView> GetAsync(Actor actor, Guid claimId, CancellationToken cancellationToken)
    {
        var claim = await reads.Claims.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        return claim is not null && actor.CanSee(claim.OrgPath) ? claim.ToView() : throw new NotFoundException("claim", claimId.ToString());
    }

    public async Task<ClaimPage> ListAsync(Actor actor, string? status, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var query = reads.Claims.AsNoTracking().Where(c => c.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<ClaimStatus>(status, ignoreCase: false, out var wanted))
            {
                throw new RequestBodyException(400, "Invalid query", $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<ClaimStatus>())}.", "status");
            }

            query = query.Where(c => c.Status == wanted);
        }

        if (after is not null)
        {
            var (at, number) = Cursor.Decode(after);
            query = query.Where(c => c.SubmittedAt < at || (c.SubmittedAt == at && string.Compare(c.Number, number) < 0));
        }

        var page = await query.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].SubmittedAt, page[limit - 1].Number) : null;
        return new ClaimPage(page.Take(limit).Select(c => c.ToSummary()).ToList(), next);
    }

    /// <summary>
    /// The dealer a claim is booked to: the caller, or — for a tier-1 dealer acting for a sub-dealer — the
    /// named dealer, which must lie in the caller's subtree (domain-reference §1, STAR sub_dealer_number_id).
    /// </summary>
    private static async Task<Dealer> PerformingDealerAsync(WorkflowDmsDbContext db, Actor actor, string? performingDealerCode, CancellationToken ct)
    {
        var dealer = string.IsNullOrWhiteSpace(performingDealerCode)
            ? await db.Dealers.SingleOrDefaultAsync(d => d.Id == actor.DealerId, ct)
            : await db.Dealers.SingleOrDefaultAsync(d => d.Code == performingDealerCode.Trim(), ct);
        if (dealer is null || !actor.CanSee(dealer.OrgPath))
        {
            throw new BusinessRuleException("unknown-performing-dealer", $"performingDealerCode '{performingDealerCode}' is unknown or not one of your sub-dealers.");
        }

        if (!dealer.Active)
        {
            throw new BusinessRuleException("dealer-inactive", $"Dealer {dealer.Code} is not active.");
        }

        return dealer;
    }
}
