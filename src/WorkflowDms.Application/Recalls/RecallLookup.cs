using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>Finding campaigns and vehicles with the org-scope checks every recall route shares.</summary>
internal static class RecallLookup
{
    /// <summary>The campaign inside the running command, tracked (first among the tracked entities).</summary>
    public static RecallCampaign Find(WorkflowDmsDbContext db, Guid campaignId) =>
        db.RecallCampaigns.Local.FirstOrDefault(c => c.Id == campaignId)
        ?? db.RecallCampaigns.Single(c => c.Id == campaignId);

    /// <summary>
    /// A campaign belongs to its owner's subtree; once dealers are notified it is a published bulletin that
    /// everybody may read (its vehicles and figures stay limited to the caller's scope).
    /// </summary>
    public static bool CanRead(Actor actor, RecallCampaign campaign) => campaign.IsPublished || actor.CanSee(campaign.OrgPath);

    public static async Task<RecallCampaign> ReadableAsync(IQueryable<RecallCampaign> campaigns, Actor actor, Guid id, CancellationToken ct)
    {
        var campaign = await campaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is not null && CanRead(actor, campaign) ? campaign : throw new NotFoundException("recall campaign", id.ToString());
    }

    /// <summary>A campaign the caller manages: inside the caller's own subtree.</summary>
    public static async Task<RecallCampaign> ManagedAsync(WorkflowDmsDbContext db, Actor actor, Guid id, CancellationToken ct)
    {
        var campaign = await db.RecallCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is not null && actor.CanSee(campaign.OrgPath) ? campaign : throw new NotFoundException("recall campaign", id.ToString());
    }

    /// <summary>The org path a vehicle is seen under: its selling dealer's, or the root's when it has none.</summary>
    public static async Task<string> VehiclePathAsync(WorkflowDmsDbContext db, Guid? dealerOrgNodeId, CancellationToken ct)
    {
        if (dealerOrgNodeId is { } nodeId)
        {
            var path = await db.OrgNodes.Where(n => n.Id == nodeId).Select(n => n.Path).FirstOrDefaultAsync(ct);
            if (path is not null)
            {
                return path;
            }
        }

        return await db.OrgNodes.Where(n => n.ParentId == null).Select(n => n.Path).FirstAsync(ct);
    }

    /// <summary>Region and dealer codes of an org path, by node kind (for completion per region and dealer).</summary>
    public static (string Region, string Dealer) RegionAndDealer(string path, IReadOnlyDictionary<string, OrgNodeKind> kinds)
    {
        var codes = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var region = codes.FirstOrDefault(c => kinds.GetValueOrDefault(c) == OrgNodeKind.Region) ?? NoDealer;
        var last = codes.Length == 0 ? NoDealer : codes[^1];
        var dealer = kinds.GetValueOrDefault(last) is OrgNodeKind.Dealer or OrgNodeKind.ServiceStation ? last : NoDealer;
        return (region, dealer);
    }

    public const string NoDealer = "(none)";
}
