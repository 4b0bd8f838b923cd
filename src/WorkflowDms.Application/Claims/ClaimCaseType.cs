using WorkflowDms.Application.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>Warranty claims as workflow cases (<c>claim:{id}</c>).</summary>
internal sealed class ClaimCaseType : ICaseType
{
    public string Prefix => ClaimKeys.CaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var claim = ClaimLookup.Find(db, caseId);
        return new CaseReference(ClaimKeys.CaseType, claim.Id, claim.Number, claim.OrgNodeId, claim.OrgPath);
    }

    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId)
    {
        var claim = ClaimLookup.Find(db, caseId);
        return new CaseFacts(claim.Status.ToString(), claim.DealerId, claim.ApprovedMinor ?? claim.TotalMinor, claim.Currency);
    }

    public object Describe(WorkflowDmsDbContext db, Guid caseId) => ClaimLookup.Find(db, caseId).ToView();
}
