using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>
    /// Completion of the campaigns the caller may read (published ones, and unpublished ones of the caller's own
    /// subtree, as <c>RecallLookup.CanRead</c>), counting only vehicles within the scope. <paramref name="campaignId"/>
    /// limits it to one campaign; one the caller cannot read is a 404, as on the campaign's own routes.
    /// </summary>
    public async Task<RecallStatistics> RecallsAsync(Actor actor, string? campaignId, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var readable = reads.RecallCampaigns.AsNoTracking()
            .Where(c => (c.Status != RecallCampaignStatus.Draft && c.Status != RecallCampaignStatus.Defined) || c.OrgPath.StartsWith(actor.OrgPath));
        if (campaignId is not null)
        {
            var id = Guid.TryParse(campaignId, out var parsed)
                ? parsed
                : throw new RequestBodyException(400, "Invalid query", "'campaignId' must be a campaign id (GUID).", "campaignId");
            readable = await readable.AnyAsync(c => c.Id == id, cancellationToken)
                ? readable.Where(c => c.Id == id)
                : throw new NotFoundException("recall campaign", campaignId);
        }

        var counts = await (from v in reads.CampaignVehicles.AsNoTracking()
                            join c in readable on v.CampaignId equals c.Id
                            where v.OrgPath.StartsWith(scope.Path)
                            group v by new { v.CampaignId, v.OrgPath, v.Status } into g
                            select new VehicleCount(g.Key.CampaignId, g.Key.OrgPath, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.CampaignId).Distinct().ToList();
        var campaigns = await reads.RecallCampaigns.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.Number)
            .Select(c => new { c.Id, c.Number, c.Title, c.Status })
            .ToListAsync(cancellationToken);

        var (rows, total) = Rollup.Build(scope, counts, (group, inGroup) => RecallCompletionRow.Of(group, inGroup.Select(c => (c.Status, c.Count))));
        return new RecallStatistics(
            scope.GroupBy,
            scope.Path,
            Now,
            campaigns.Select(c => new RecallCampaignCompletion(
                c.Id, c.Number, c.Title, c.Status.ToString(),
                RecallCompletionRow.Of(c.Number, counts.Where(v => v.CampaignId == c.Id).Select(v => (v.Status, v.Count))))).ToList(),
            rows,
            total);
    }

    private sealed record VehicleCount(Guid CampaignId, string OrgPath, CampaignVehicleStatus Status, int Count) : INodeFact;
}
