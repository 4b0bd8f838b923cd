using WorkflowDms.Application.Claims;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Resolves an instance's business key to its case. Tasks take the case's org path, so an approver sees a
/// task exactly when the case lies in the approver's subtree.
/// </summary>
internal sealed class CaseDirectory(WorkflowDmsDbContext db)
{
    public CaseReference Resolve(string? businessKey)
    {
        if (ClaimKeys.TryParse(businessKey, out var claimId))
        {
            var claim = ClaimLookup.Find(db, claimId);
            return new CaseReference(ClaimKeys.CaseType, claim.Id, claim.Number, claim.OrgNodeId, claim.OrgPath);
        }

        throw new InvalidOperationException($"No case type is known for business key '{businessKey}'.");
    }
}
