using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// What dealers, service advisors and analysts read: open campaign vehicles in their scope, a VIN's campaigns
/// and completion figures. Every query is limited to the caller's subtree by the vehicle's org path.
/// </summary>
public sealed class RecallQueries(WorkflowDmsDbContext reads)
{
    private static readonly RecallCampaignStatus[] OpenStatuses =
        [RecallCampaignStatus.DealersNotified, RecallCampaignStatus.Launched, RecallCampaignStatus.Active];

    /// <summary>Open (unremedied) vehicles of open campaigns in the caller's scope, by VIN (keyset paging).</summary>
    public async Task<CampaignVehiclePage> OpenVehiclesAsync(Actor actor, Guid? campaignId, bool? stopSale, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 500);
        var query = from v in reads.CampaignVehicles.AsNoTracking()
                    join c in reads.RecallCampaigns.AsNoTracking() on v.CampaignId equals c.Id
                    where v.Status == CampaignVehicleStatus.Open && v.OrgPath.StartsWith(actor.OrgPath) && OpenStatuses.Contains(c.Status)
                    select new { v, c };
        if (campaignId is { } id)
        {
            query = query.Where(x => x.v.CampaignId == id);
        }

        if (stopSale is { } flag)
        {
            query = query.Where(x => x.v.StopSale == flag);
        }

        if (after is not null)
        {
            var (vin, number) = RecallCursor.Decode(after);
            query = query.Where(x => string.Compare(x.v.Vin, vin) > 0 || (x.v.Vin == vin && string.Compare(x.c.Number, number) > 0));
        }

        var rows = await query.OrderBy(x => x.v.Vin).ThenBy(x => x.c.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? RecallCursor.Encode(rows[limit - 1].v.Vin, rows[limit - 1].c.Number) : null;
        return new CampaignVehiclePage(rows.Take(limit).Select(x => x.v.ToView(x.c)).ToList(), next);
    }

    /// <summary>A VIN's published campaigns for a service advisor; 404 for a vehicle outside the caller's scope.</summary>
    public async Task<VehicleCampaignsView> VehicleCampaignsAsync(Actor actor, string vin, CancellationToken cancellationToken)
    {
        var normalized = VinValidator.Normalize(vin);
        var vehicle = await reads.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Vin == normalized, cancellationToken);
        if (vehicle is null || !actor.CanSee(await RecallLookup.VehiclePathAsync(reads, vehicle.DealerOrgNodeId, cancellationToken)))
        {
            throw new NotFoundException("vehicle", normalized);
        }

        var rows = await (from v in reads.CampaignVehicles.AsNoTracking()
                          join c in reads.RecallCampaigns.AsNoTracking() on v.CampaignId equals c.Id
                          where v.Vin == normalized && c.Status != RecallCampaignStatus.Draft && c.Status != RecallCampaignStatus.Defined
                          orderby c.Priority, c.Number
                          select new { v, c }).ToListAsync(cancellationToken);
        var views = rows.Select(x => x.v.ToView(x.c)).ToList();
        var open = rows.Count(x => x.v.Status == CampaignVehicleStatus.Open && OpenStatuses.Contains(x.c.Status));
        return new VehicleCampaignsView(normalized, open, rows.Any(x => x.v.StopSale && OpenStatuses.Contains(x.c.Status)), views);
    }

    /// <summary>Completion (remedied / affected) of a campaign overall, per region and per dealer, within the caller's scope.</summary>
    public async Task<CompletionView> CompletionAsync(Actor actor, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await RecallLookup.ReadableAsync(reads.RecallCampaigns.AsNoTracking(), actor, campaignId, cancellationToken);
        var groups = await reads.CampaignVehicles.AsNoTracking()
            .Where(v => v.CampaignId == campaignId && v.OrgPath.StartsWith(actor.OrgPath))
            .GroupBy(v => new { v.OrgPath, v.Status })
            .Select(g => new { g.Key.OrgPath, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var kinds = await reads.OrgNodes.AsNoTracking().ToDictionaryAsync(n => n.Code, n => n.Kind, StringComparer.Ordinal, cancellationToken);
        var rows = groups.Select(g => (Place: RecallLookup.RegionAndDealer(g.OrgPath, kinds), g.Status, g.Count)).ToList();

        return new CompletionView(
            campaign.Id,
            campaign.Number,
            campaign.Status.ToString(),
            Row("total", rows.Select(r => (r.Status, r.Count))),
            rows.GroupBy(r => r.Place.Region).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g.Select(r => (r.Status, r.Count)))).ToList(),
            rows.GroupBy(r => r.Place.Dealer).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g.Select(r => (r.Status, r.Count)))).ToList());
    }

    private static CompletionRow Row(string code, IEnumerable<(CampaignVehicleStatus Status, int Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var affected = byStatus.Values.Sum();
        var remedied = byStatus.GetValueOrDefault(CampaignVehicleStatus.Remedied);
        return new CompletionRow(
            code,
            affected,
            byStatus.GetValueOrDefault(CampaignVehicleStatus.Open),
            remedied,
            byStatus.GetValueOrDefault(CampaignVehicleStatus.NotApplicable),
            byStatus.GetValueOrDefault(CampaignVehicleStatus.Excluded),
            RecallFactsBuilder.Rate(remedied, affected));
    }
}
