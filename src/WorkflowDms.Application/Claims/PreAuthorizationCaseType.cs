using WorkflowDms.Application.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>Pre-authorisations as workflow cases (<c>pre-authorization:{id}</c>): their tasks take the dealer's org path.</summary>
internal sealed class PreAuthorizationCaseType : ICaseType
{
    public string Prefix => PreAuthorizationKeys.CaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var pa = PreAuthorizationLookup.Find(db, caseId);
        return new CaseReference(PreAuthorizationKeys.CaseType, pa.Id, pa.Number, pa.OrgNodeId, pa.OrgPath);
    }

    /// <summary>The amount is the authorised maximum once approved, the dealer's estimate before.</summary>
    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId)
    {
        var pa = PreAuthorizationLookup.Find(db, caseId);
        return new CaseFacts(pa.Status.ToString(), pa.DealerId, pa.AuthorizedMaxMinor ?? pa.EstimatedMinor, pa.Currency);
    }

    public object Describe(WorkflowDmsDbContext db, Guid caseId) => PreAuthorizationLookup.Find(db, caseId).ToView();
}
