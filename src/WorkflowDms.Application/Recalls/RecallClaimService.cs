using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Recall repair claims: a dealer claims a campaign's remedy for a VIN in its scope. The recall-policy rule set
/// decides (R-07…R-10, W-39…W-41): a refusal is a 422 naming the rule; an accepted claim remedies the VIN (R-11)
/// and lifts its stop-sale; a claim with related damage waits for a recall manager.
/// </summary>
public sealed class RecallClaimService(CommandRunner runner, IValidator<RecallClaimRequest> validator, IRuleEvaluator rules, WorkflowDmsDbContext reads, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RecallClaimView> SubmitAsync(Actor actor, RecallClaimRequest request, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var dealerId = actor.DealerId ?? throw new UnauthorizedAccessException();
        var vin = VinValidator.Normalize(request.Vin!);
        var number = request.CampaignNumber!.Trim().ToUpperInvariant();
        var repairDate = request.RepairDate!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        return await runner.RunAsync(async (services, db, ct) =>
        {
            var dealer = await db.Dealers.SingleAsync(d => d.Id == dealerId, ct);
            var vehicle = await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Vin == vin, ct);
            if (vehicle is null || !actor.CanSee(await RecallLookup.VehiclePathAsync(db, vehicle.DealerOrgNodeId, ct)))
            {
                throw new NotFoundException("vehicle", vin);
            }

            var campaign = await db.RecallCampaigns.FirstOrDefaultAsync(c => c.Number == number, ct);
            if (campaign is null || !RecallLookup.CanRead(actor, campaign))
            {
                throw new NotFoundException("recall campaign", number);
            }

            var member = await db.CampaignVehicles.FirstOrDefaultAsync(v => v.CampaignId == campaign.Id && v.Vin == vin, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var evaluation = rules.Evaluate(RecallKeys.RuleSet, new Dictionary<string, object?>
            {
                ["campaign"] = RecallFactsBuilder.Campaign(db, campaign, RecallKeys.ClaimStage, now),
                ["claim"] = await ClaimFactsAsync(db, campaign, member, vehicle, request, repairDate, ct),
            });
            var result = RuleResultView.From(evaluation, now);
            if (evaluation.Decision >= RuleOutcome.SendBack)
            {
                var decisive = evaluation.FiredRules.First(r => r.Outcome == evaluation.Decision);
                var redirect = campaign.SupersededByNumber is { } successor && decisive.RuleName.StartsWith("R-10", StringComparison.Ordinal)
                    ? $" Claim the remedy under campaign {successor}."
                    : "";
                throw new BusinessRuleException(decisive.RuleName, $"{decisive.Message}{redirect} (reason code {decisive.ReasonCode})");
            }

            if (member is null)
            {
                throw new BusinessRuleException("R-08-vin-not-in-campaign", $"VIN {vin} is not in campaign {campaign.Number}.");
            }

            var id = Guid.CreateVersion7(clock.GetUtcNow());
            var claim = RecallClaim.Submit(id, $"RCL-{now:yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}", campaign, member, dealer,
                request.RepairOrderNumber!, repairDate, request.MileageKm!.Value, request.RelatedDamage,
                await AmountAsync(db, campaign, dealer.WarrantyLaborRateMinor, ct), evaluation.Decision == RuleOutcome.Route,
                JsonSerializer.Serialize(result, Json), now);
            db.RecallClaims.Add(claim);

            var audit = services.GetRequiredService<AuditTrail>();
            await audit.AppendAsync(actor, AuditAction.CaseCreated, RecallKeys.ClaimSubject(claim.Id), claim.OrgPath, new
            {
                caseType = RecallKeys.ClaimCaseType, claim.Number, claim.CampaignNumber, claim.Vin, claim.DealerCode,
                status = claim.Status.ToString(), amount = claim.AmountMinor / 100m, decision = result.Decision, fired = result.FiredRules,
            }, ct);
            services.GetRequiredService<CaseEvents>().StatusChangedTo(Reference(claim), claim.DealerId, claim.Status.ToString(), new { claim.CampaignNumber, claim.Vin });
            if (claim.Status == RecallClaimStatus.Approved)
            {
                Remedy(audit, actor, campaign, member, claim, now);
            }

            return claim.ToView(member.Status);
        }, cancellationToken);
    }

    /// <summary>A recall manager decides a claim held for related damage (W-41): approve remedies the VIN.</summary>
    public Task<RecallClaimView> DecideAsync(Actor actor, Guid claimId, RecallClaimDecisionRequest request, CancellationToken cancellationToken)
    {
        if (request.Decision is not ("approve" or "reject"))
        {
            throw new RequestBodyException(400, "Invalid request", "decision must be 'approve' or 'reject'.", "decision");
        }

        if (request.Decision == "reject" && string.IsNullOrWhiteSpace(request.ReasonCode))
        {
            throw new RequestBodyException(400, "Invalid request", "A rejection needs a reasonCode.", "reasonCode");
        }

        if (request.ReasonCode is { Length: > 32 } || request.Comment is { Length: > 2000 })
        {
            throw new RequestBodyException(400, "Invalid request", "reasonCode has at most 32 characters, comment at most 2000.", "reasonCode");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var claim = await db.RecallClaims.FirstOrDefaultAsync(c => c.Id == claimId, ct);
            if (claim is null || !actor.CanSee(claim.OrgPath))
            {
                throw new NotFoundException("recall claim", claimId.ToString());
            }

            var member = await db.CampaignVehicles.SingleAsync(v => v.Id == claim.CampaignVehicleId, ct);
            var campaign = await db.RecallCampaigns.SingleAsync(c => c.Id == claim.CampaignId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var from = claim.Status;
            if (request.Decision == "approve")
            {
                claim.Approve(request.ReasonCode, request.Comment, now);
            }
            else
            {
                claim.Reject(request.ReasonCode!, request.Comment, now);
            }

            var audit = services.GetRequiredService<AuditTrail>();
            await audit.AppendAsync(actor, AuditAction.CaseStatusChanged, RecallKeys.ClaimSubject(claim.Id), claim.OrgPath, new
            {
                caseType = RecallKeys.ClaimCaseType, claim.Number, step = request.Decision, from = from.ToString(), to = claim.Status.ToString(),
                reason = claim.DecisionReasonCode, claim.DecisionComment,
            }, ct);
            services.GetRequiredService<CaseEvents>().StatusChangedTo(Reference(claim), claim.DealerId, claim.Status.ToString(), new { from = from.ToString(), claim.DecisionReasonCode });
            if (claim.Status == RecallClaimStatus.Approved)
            {
                Remedy(audit, actor, campaign, member, claim, now);
            }

            return claim.ToView(member.Status);
        }, cancellationToken);
    }

    public async Task<RecallClaimView> GetAsync(Actor actor, Guid claimId, CancellationToken cancellationToken)
    {
        var claim = await reads.RecallClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null || !actor.CanSee(claim.OrgPath))
        {
            throw new NotFoundException("recall claim", claimId.ToString());
        }

        var status = await reads.CampaignVehicles.Where(v => v.Id == claim.CampaignVehicleId).Select(v => v.Status).SingleAsync(cancellationToken);
        return claim.ToView(status);
    }

    public async Task<RecallClaimPage> ListAsync(Actor actor, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var query = from c in reads.RecallClaims.AsNoTracking()
                    join v in reads.CampaignVehicles.AsNoTracking() on c.CampaignVehicleId equals v.Id
                    where c.OrgPath.StartsWith(actor.OrgPath)
                    select new { c, v.Status };
        if (after is not null)
        {
            var (at, number) = Cursor.Decode(after);
            query = query.Where(x => x.c.SubmittedAt < at || (x.c.SubmittedAt == at && string.Compare(x.c.Number, number) < 0));
        }

        var page = await query.OrderByDescending(x => x.c.SubmittedAt).ThenByDescending(x => x.c.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].c.SubmittedAt, page[limit - 1].c.Number) : null;
        return new RecallClaimPage(page.Take(limit).Select(x => x.c.ToView(x.Status)).ToList(), next);
    }

    private static CaseReference Reference(RecallClaim claim) =>
        new(RecallKeys.ClaimCaseType, claim.Id, claim.Number, claim.OrgNodeId, claim.OrgPath);

    /// <summary>R-11: the accepted claim marks the VIN remedied and lifts its stop-sale (R-03).</summary>
    private static void Remedy(AuditTrail audit, Actor actor, RecallCampaign campaign, CampaignVehicle member, RecallClaim claim, DateTime now)
    {
        var stopSaleLifted = member.StopSale;
        member.Remedy(claim.Id, now);
        audit.Append(actor, AuditAction.CaseStatusChanged, RecallKeys.AuditSubject(campaign.Id), member.OrgPath, new
        {
            caseType = "recall-vehicle", campaign.Number, member.Vin, step = "remedy", from = CampaignVehicleStatus.Open.ToString(),
            to = member.Status.ToString(), recallClaim = claim.Number, stopSaleLifted,
        });
    }

    private static async Task<RecallClaimFacts> ClaimFactsAsync(
        WorkflowDmsDbContext db, RecallCampaign campaign, CampaignVehicle? member, Vehicle vehicle, RecallClaimRequest request, DateTime repairDate, CancellationToken ct)
    {
        var freeMaintenanceUsed = campaign.Type == RecallType.FreeMaintenance && await (
            from v in db.CampaignVehicles
            join c in db.RecallCampaigns on v.CampaignId equals c.Id
            where v.Vin == vehicle.Vin && v.CampaignId != campaign.Id && v.Status == CampaignVehicleStatus.Remedied && c.Type == RecallType.FreeMaintenance
            select v.Id).AnyAsync(ct);
        return new RecallClaimFacts
        {
            Present = true,
            Vin = vehicle.Vin,
            VinInCampaign = member is not null,
            VinStatus = member?.Status.ToString() ?? "",
            VehiclePhase = member?.Phase ?? 1,
            RepairDate = repairDate,
            StopSale = member?.StopSale ?? false,
            SalvageTitle = vehicle.SalvageTitle,
            RelatedDamageClaimed = request.RelatedDamage,
            FreeMaintenanceAlreadyUsed = freeMaintenanceUsed,
        };
    }

    /// <summary>Flat rate: the campaign's labour operation at the dealer's warranty labour rate, plus the remedy parts.</summary>
    private static async Task<long> AmountAsync(WorkflowDmsDbContext db, RecallCampaign campaign, long laborRateMinor, CancellationToken ct)
    {
        var hundredths = await db.LaborOperations.Where(o => o.Code == campaign.LaborOperationCode).Select(o => o.StandardHundredthHours).FirstOrDefaultAsync(ct);
        var parts = campaign.PartNumberList;
        var partsMinor = await db.Parts.Where(p => parts.Contains(p.PartNumber)).SumAsync(p => p.PriceMinor, ct);
        return checked((hundredths * laborRateMinor / 100) + partsMinor);
    }
}
