using WorkflowDms.Application.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns;

/// <summary>Parts returns as workflow cases (<c>return:{id}</c>).</summary>
internal sealed class ReturnCaseType : ICaseType
{
    public string Prefix => ReturnKeys.CaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var request = ReturnLookup.Find(db, caseId);
        return new CaseReference(ReturnKeys.CaseType, request.Id, request.Number, request.OrgNodeId, request.OrgPath);
    }

    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId)
    {
        var request = ReturnLookup.Find(db, caseId);
        return new CaseFacts(request.Status.ToString(), request.DealerId, request.TotalMinor, request.Currency);
    }

    public object Describe(WorkflowDmsDbContext db, Guid caseId) => ReturnLookup.Find(db, caseId).ToView();
}
