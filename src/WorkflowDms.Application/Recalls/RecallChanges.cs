using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Audits and publishes every campaign status change in the running command. Once a campaign is published,
/// each dealer with affected vehicles gets its own status-changed event (scoped to the dealer), so a dealer's
/// webhook hears about the campaigns that concern it and nothing else (R-04 dealer notice).
/// </summary>
internal sealed class RecallChanges(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events)
{
    public void Change(Actor actor, RecallCampaign campaign, string step, Action<RecallCampaign> change, object? details = null)
    {
        var from = campaign.Status;
        change(campaign);
        audit.Append(actor, AuditAction.CaseStatusChanged, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath, new
        {
            caseType = RecallKeys.CaseType,
            campaign.Number,
            step,
            from = from.ToString(),
            to = campaign.Status.ToString(),
            reason = campaign.CloseReason,
            campaign.SupersededByNumber,
            details,
        });
        var data = new { from = from.ToString(), campaign.Number, campaign.Title, campaign.SupersededByNumber };
        events.StatusChangedTo(Reference(campaign), null, campaign.Status.ToString(), data);
        if (campaign.IsPublished)
        {
            foreach (var dealer in AffectedDealers(campaign.Id))
            {
                events.StatusChangedTo(
                    new CaseReference(RecallKeys.CaseType, campaign.Id, campaign.Number, dealer.OrgNodeId, dealer.OrgPath),
                    dealer.Id,
                    campaign.Status.ToString(),
                    data);
            }
        }
    }

    public static CaseReference Reference(RecallCampaign campaign) =>
        new(RecallKeys.CaseType, campaign.Id, campaign.Number, campaign.OrgNodeId, campaign.OrgPath);

    private List<(Guid Id, Guid OrgNodeId, string OrgPath)> AffectedDealers(Guid campaignId)
    {
        var nodes = db.CampaignVehicles
            .Where(v => v.CampaignId == campaignId && v.DealerOrgNodeId != null)
            .Select(v => v.DealerOrgNodeId!.Value)
            .Distinct()
            .ToList();
        return db.Dealers.Where(d => nodes.Contains(d.OrgNodeId))
            .OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.OrgNodeId, d.OrgPath })
            .AsEnumerable()
            .Select(d => (d.Id, d.OrgNodeId, d.OrgPath))
            .ToList();
    }
}
