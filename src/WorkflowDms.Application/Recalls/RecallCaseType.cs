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
}
