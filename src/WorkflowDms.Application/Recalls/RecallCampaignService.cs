using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Campaign use cases of recall managers: create, add a VIN range, launch (starts the recall-campaign process),
/// change launch conditions, close and supersede. Each command is one transaction with its audit entries and events.
/// </summary>
public sealed class RecallCampaignService(
    CommandRunner runner,
    WorkflowDmsDbContext reads,
    TimeProvider clock,
    IValidator<RecallCampaignRequest> campaignValidator,
    IValidator<VinRangeRequest> rangeValidator)
{
    /// <summary>A VIN range larger than this is refused: use a VIN-list import, which runs in batches.</summary>
    public const int MaxRangeVehicles = 20_000;

    public async Task<RecallCampaignView> CreateAsync(Actor actor, RecallCampaignRequest request, CancellationToken cancellationToken)
    {
        await campaignValidator.ValidateAndThrowAsync(request, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var number = request.Number!.Trim().ToUpperInvariant();
            if (await db.RecallCampaigns.AnyAsync(c => c.Number == number, ct))
            {
                throw new ConflictException("duplicate-campaign-number", $"Campaign {number} exists already.");
            }

            var operation = request.LaborOperationCode!.Trim();
            if (!await db.LaborOperations.AnyAsync(o => o.Code == operation, ct))
            {
                throw new BusinessRuleException("unknown-labor-operation", $"laborOperationCode '{operation}' is not in the catalogue.");
            }

            var parts = (request.PartNumbers ?? []).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
            var known = await db.Parts.Where(p => parts.Contains(p.PartNumber)).Select(p => p.PartNumber).ToListAsync(ct);
            var unknown = parts.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new BusinessRuleException("unknown-part", $"partNumbers not in the catalogue: {string.Join(", ", unknown)}.");
            }

            var owner = await db.OrgNodes.SingleAsync(n => n.Path == actor.OrgPath, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var definition = new RecallCampaignDefinition(
                number, request.Title!, Enum.Parse<RecallType>(request.Type!), request.Priority!.Value, operation, parts,
                request.PartsAvailabilityPercent ?? 0, request.MinPartsAvailabilityPercent ?? 80,
                request.ExpiresOn!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), request.OpenPhase ?? 1);
            var campaign = RecallCampaign.Create(Guid.CreateVersion7(clock.GetUtcNow()), definition, owner, actor.Name, now);
            db.RecallCampaigns.Add(campaign);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath,
                new { caseType = RecallKeys.CaseType, campaign.Number, campaign.Title, type = campaign.Type.ToString(), campaign.Priority, campaign.LaborOperationCode, campaign.PartNumbers, expiresOn = campaign.ExpiresOn }, ct);
            services.GetRequiredService<Events.CaseEvents>().StatusChangedTo(RecallChanges.Reference(campaign), null, campaign.Status.ToString(), new { campaign.Number, campaign.Title });
            return campaign.ToView(0, 0);
        }, cancellationToken);
    }

    public async Task<RecallCampaignView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var campaign = await RecallLookup.ReadableAsync(reads.RecallCampaigns.AsNoTracking(), actor, id, cancellationToken);
        return await ViewAsync(reads, actor, campaign, cancellationToken);
    }

    /// <summary>Campaigns the caller may read: its own subtree's and the published ones, newest first.</summary>
    public async Task<IReadOnlyList<RecallCampaignView>> ListAsync(Actor actor, string? status, CancellationToken cancellationToken)
    {
        var query = reads.RecallCampaigns.AsNoTracking()
            .Where(c => c.OrgPath.StartsWith(actor.OrgPath)
                || (c.Status != RecallCampaignStatus.Draft && c.Status != RecallCampaignStatus.Defined));
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<RecallCampaignStatus>(status, ignoreCase: false, out var wanted))
            {
                throw new RequestBodyException(400, "Invalid query", $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<RecallCampaignStatus>())}.", "status");
            }

            query = query.Where(c => c.Status == wanted);
        }

        var campaigns = await query.OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await reads.CampaignVehicles.AsNoTracking()
            .Where(v => ids.Contains(v.CampaignId) && v.OrgPath.StartsWith(actor.OrgPath))
            .GroupBy(v => v.CampaignId)
            .Select(g => new { g.Key, Affected = g.Count(), Open = g.Count(v => v.Status == CampaignVehicleStatus.Open) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        return campaigns
            .Select(c => c.ToView(counts.GetValueOrDefault(c.Id)?.Affected ?? 0, counts.GetValueOrDefault(c.Id)?.Open ?? 0))
            .ToList();
    }

    /// <summary>Adds the master's vehicles in a VIN range (and production dates) to a Draft or Defined campaign (R-01).</summary>
    public async Task<RecallCampaignView> AddVinRangeAsync(Actor actor, Guid id, VinRangeRequest request, CancellationToken cancellationToken)
    {
        await rangeValidator.ValidateAndThrowAsync(request, cancellationToken);
        var first = Domain.Vehicles.VinValidator.Normalize(request.FirstVin!);
        var last = Domain.Vehicles.VinValidator.Normalize(request.LastVin!);
        var prefix = first[..8];
        var (fromSerial, toSerial) = (first[9..], last[9..]);
        DateTime? producedFrom = request.ProducedFrom?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        DateTime? producedBefore = request.ProducedTo?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            EnsureAcceptsVehicles(campaign);
            var query = db.Vehicles.AsNoTracking()
                .Where(v => v.Vin.StartsWith(prefix) && string.Compare(v.Vin.Substring(9), fromSerial) >= 0 && string.Compare(v.Vin.Substring(9), toSerial) <= 0)
                .Where(v => !db.CampaignVehicles.Any(x => x.CampaignId == campaign.Id && x.Vin == v.Vin));
            if (producedFrom is not null)
            {
                query = query.Where(v => v.ProductionDate >= producedFrom);
            }

            if (producedBefore is not null)
            {
                query = query.Where(v => v.ProductionDate < producedBefore);
            }

            if (!string.IsNullOrWhiteSpace(request.ModelGroup))
            {
                var model = request.ModelGroup.Trim();
                query = query.Where(v => v.ModelGroup == model);
            }

            var vehicles = await query.Select(v => new { v.Id, v.Vin, v.DealerOrgNodeId, v.InServiceDate }).Take(MaxRangeVehicles + 1).ToListAsync(ct);
            if (vehicles.Count > MaxRangeVehicles)
            {
                throw new BusinessRuleException("range-too-large", $"The range holds more than {MaxRangeVehicles} vehicles; import them as a VIN list instead.");
            }

            var dealerPaths = await RecallImportBatch.DealerNodesAsync(db, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var v in vehicles)
            {
                var node = v.DealerOrgNodeId is { } nodeId ? dealerPaths.ById.GetValueOrDefault(nodeId) : null;
                db.CampaignVehicles.Add(CampaignVehicle.Add(Guid.CreateVersion7(), campaign, v.Id, v.Vin, node?.Id, node?.Path, v.InServiceDate is null, request.Phase ?? 1, now));
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseUpdated, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath,
                new { caseType = RecallKeys.CaseType, step = "vin-range-added", first, last, request.ProducedFrom, request.ProducedTo, request.ModelGroup, added = vehicles.Count }, ct);
            if (vehicles.Count > 0 && campaign.Status == RecallCampaignStatus.Draft)
            {
                services.GetRequiredService<RecallChanges>().Change(actor, campaign, "define", c => c.Define(now), new { added = vehicles.Count });
            }

            await db.SaveChangesAsync(ct);
            return await ViewAsync(db, actor, campaign, ct);
        }, cancellationToken);
    }

    /// <summary>Starts the recall-campaign process: dealer notice and stop-sale, the launch gate, launch and owner notice.</summary>
    public Task<RecallCampaignView> LaunchAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            if (!campaign.CanFire(RecallCampaignTrigger.NotifyDealers))
            {
                throw new InvalidTransitionException(nameof(RecallCampaign), campaign.Id, campaign.Status.ToString(), "launch");
            }

            var instanceId = await services.GetRequiredService<WorkflowRuntime>().StartAsync(RecallKeys.ProcessId, RecallKeys.BusinessKey(campaign.Id),
                new Dictionary<string, object?> { ["campaignId"] = campaign.Id.ToString(), [RecallKeys.StageVariable] = RecallKeys.LaunchStage }, actor, ct);
            campaign.AttachWorkflow(instanceId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return await ViewAsync(db, actor, campaign, ct);
        }, cancellationToken);

    /// <summary>Changes parts availability, the gate's minimum or the open phase; a held launch is re-checked at once.</summary>
    public Task<RecallCampaignView> SetLaunchConditionsAsync(Actor actor, Guid id, LaunchConditionsRequest request, CancellationToken cancellationToken)
    {
        if (request.PartsAvailabilityPercent is null && request.MinPartsAvailabilityPercent is null && request.OpenPhase is null)
        {
            throw new RequestBodyException(400, "Nothing to change", "Give partsAvailabilityPercent, minPartsAvailabilityPercent or openPhase.", "partsAvailabilityPercent");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            if (campaign.Status is RecallCampaignStatus.Closed or RecallCampaignStatus.Superseded)
            {
                throw new InvalidTransitionException(nameof(RecallCampaign), campaign.Id, campaign.Status.ToString(), "change-launch-conditions");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            campaign.SetPartsAvailability(request.PartsAvailabilityPercent ?? campaign.PartsAvailabilityPercent, request.MinPartsAvailabilityPercent, now);
            if (request.OpenPhase is { } phase)
            {
                campaign.OpenPhasesUpTo(phase, now);
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseUpdated, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath,
                new { caseType = RecallKeys.CaseType, step = "launch-conditions", campaign.PartsAvailabilityPercent, campaign.MinPartsAvailabilityPercent, campaign.OpenPhase }, ct);

            var key = $"message:{RecallKeys.LaunchRetryMessage}:{RecallKeys.BusinessKey(campaign.Id)}";
            if (await db.Bookmarks.AnyAsync(b => b.Kind == BookmarkKinds.Message && b.Key == key, ct))
            {
                await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(
                    RecallKeys.LaunchRetryMessage, RecallKeys.BusinessKey(campaign.Id), new Dictionary<string, object?>(), actor, ct);
            }

            await db.SaveChangesAsync(ct);
            return await ViewAsync(db, actor, campaign, ct);
        }, cancellationToken);
    }

    /// <summary>Closes a campaign; stop-sale flags of its remaining vehicles are lifted. The process ends at its next check.</summary>
    public Task<RecallCampaignView> CloseAsync(Actor actor, Guid id, CloseCampaignRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            throw new RequestBodyException(400, "Invalid request", "reason is required (at most 2000 characters).", "reason");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var lifted = await LiftStopSaleAsync(db, campaign.Id, now, ct);
            services.GetRequiredService<RecallChanges>().Change(actor, campaign, "close", c => c.Close(request.Reason, now), new { stopSaleLifted = lifted });
            await db.SaveChangesAsync(ct);
            return await ViewAsync(db, actor, campaign, ct);
        }, cancellationToken);
    }

    /// <summary>Replaces a campaign by another campaign number (R-10): claims against it are redirected there.</summary>
    public Task<RecallCampaignView> SupersedeAsync(Actor actor, Guid id, SupersedeCampaignRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.SupersededBy) || request.SupersededBy.Length > 32)
        {
            throw new RequestBodyException(400, "Invalid request", "supersededBy (the new campaign number) is required.", "supersededBy");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            var number = request.SupersededBy.Trim().ToUpperInvariant();
            var successor = await db.RecallCampaigns.FirstOrDefaultAsync(c => c.Number == number, ct);
            if (successor is null || !actor.CanSee(successor.OrgPath))
            {
                throw new BusinessRuleException("unknown-successor", $"supersededBy '{number}' is not a campaign of yours.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var lifted = await LiftStopSaleAsync(db, campaign.Id, now, ct);
            services.GetRequiredService<RecallChanges>().Change(actor, campaign, "supersede", c => c.Supersede(successor, now), new { stopSaleLifted = lifted });
            await db.SaveChangesAsync(ct);
            return await ViewAsync(db, actor, campaign, ct);
        }, cancellationToken);
    }

    /// <summary>Sets a VIN NotApplicable or Excluded (scrapped, exported): it leaves the open list and its stop-sale ends.</summary>
    public Task<CampaignVehicleView> SetDispositionAsync(Actor actor, Guid id, string vin, VehicleDispositionRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CampaignVehicleStatus>(request.Status, ignoreCase: false, out var status)
            || status is not (CampaignVehicleStatus.NotApplicable or CampaignVehicleStatus.Excluded))
        {
            throw new RequestBodyException(400, "Invalid request", "status must be NotApplicable or Excluded.", "status");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            throw new RequestBodyException(400, "Invalid request", "reason is required (at most 2000 characters).", "reason");
        }

        var normalized = Domain.Vehicles.VinValidator.Normalize(vin);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var campaign = await RecallLookup.ManagedAsync(db, actor, id, ct);
            var vehicle = await db.CampaignVehicles.FirstOrDefaultAsync(v => v.CampaignId == campaign.Id && v.Vin == normalized, ct)
                ?? throw new NotFoundException("campaign vehicle", normalized);
            if (campaign.Status is RecallCampaignStatus.Closed or RecallCampaignStatus.Superseded)
            {
                throw new InvalidTransitionException(nameof(RecallCampaign), campaign.Id, campaign.Status.ToString(), "set-disposition");
            }

            vehicle.SetDisposition(status, request.Reason, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseStatusChanged, RecallKeys.AuditSubject(campaign.Id), vehicle.OrgPath,
                new { caseType = "recall-vehicle", campaign.Number, vehicle.Vin, step = "disposition", from = CampaignVehicleStatus.Open.ToString(), to = status.ToString(), reason = request.Reason }, ct);
            return vehicle.ToView(campaign);
        }, cancellationToken);
    }

    internal static async Task<RecallCampaignView> ViewAsync(WorkflowDmsDbContext db, Actor actor, RecallCampaign campaign, CancellationToken ct)
    {
        var counts = await db.CampaignVehicles.AsNoTracking()
            .Where(v => v.CampaignId == campaign.Id && v.OrgPath.StartsWith(actor.OrgPath))
            .GroupBy(v => v.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return campaign.ToView(counts.Sum(c => c.Count), counts.Where(c => c.Key == CampaignVehicleStatus.Open).Sum(c => c.Count));
    }

    private static void EnsureAcceptsVehicles(RecallCampaign campaign)
    {
        if (!campaign.AcceptsVehicles)
        {
            throw new InvalidTransitionException(nameof(RecallCampaign), campaign.Id, campaign.Status.ToString(), "add-vehicles");
        }
    }

    private static Task<int> LiftStopSaleAsync(WorkflowDmsDbContext db, Guid campaignId, DateTime now, CancellationToken ct) =>
        db.CampaignVehicles
            .Where(v => v.CampaignId == campaignId && v.StopSale)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.StopSale, false).SetProperty(v => v.UpdatedAt, now).SetProperty(v => v.Version, v => v.Version + 1), ct);
}
