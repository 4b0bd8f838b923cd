using WorkflowDms.Application.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>Recall campaigns as workflow cases (<c>recall:{id}</c>); their tasks and audit entries carry the owner's scope.</summary>
internal sealed class RecallCaseType : ICaseType
{
    public string Prefix => RecallKeys.CaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var campaign = RecallLookup.Find(db, caseId);
        return new CaseReference(RecallKeys.CaseType, campaign.Id, campaign.Number, campaign.OrgNodeId, campaign.OrgPath);
    }

    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId) =>
        new(RecallLookup.Find(db, caseId).Status.ToString(), DealerId: null, Amount: null, Currency: null);

    /// <summary>The campaign's header; its vehicle counts are per caller scope and live on the recall routes.</summary>
    public object Describe(WorkflowDmsDbContext db, Guid caseId)
    {
        var campaign = RecallLookup.Find(db, caseId);
        return new { campaign.Id, campaign.Number, campaign.Title, type = campaign.Type.ToString(), status = campaign.Status.ToString(), campaign.ExpiresOn, campaign.LaunchedAt };
    }
}
