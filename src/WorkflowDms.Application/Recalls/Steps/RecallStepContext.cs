using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>What every campaign step needs: the running instance's campaign (tracked), the clock, audit and status changes.</summary>
internal sealed class RecallStepContext(WorkflowDmsDbContext db, RecallChanges changes, AuditTrail audit, ExecutionScope scope, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public WorkflowDmsDbContext Db => db;

    public RecallCampaign Load(ServiceTaskContext context) =>
        RecallKeys.TryParse(context.BusinessKey, out var campaignId)
            ? RecallLookup.Find(db, campaignId)
            : throw new BpmnErrorException("not-a-recall", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}', which is not a recall campaign.");

    public void Change(RecallCampaign campaign, string step, Action<RecallCampaign> change, object? details = null) =>
        changes.Change(scope.Actor, campaign, step, change, details);

    /// <summary>A step that changes no status but must be on the record (hold, completion check, follow-up).</summary>
    public void Note(RecallCampaign campaign, string step, object details) =>
        audit.Append(scope.Actor, AuditAction.CaseUpdated, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath,
            new { caseType = RecallKeys.CaseType, campaign.Number, step, status = campaign.Status.ToString(), details });

    public int Count(RecallCampaign campaign, CampaignVehicleStatus status) =>
        db.CampaignVehicles.Count(v => v.CampaignId == campaign.Id && v.Status == status);

    /// <summary>Open VINs with an owner (in service): those an owner letter goes to .</summary>
    public int OpenInService(RecallCampaign campaign) =>
        (from v in db.CampaignVehicles
         join m in db.Vehicles on v.VehicleId equals m.Id
         where v.CampaignId == campaign.Id && v.Status == CampaignVehicleStatus.Open && m.InServiceDate != null
         select v.Id).Count();
}
