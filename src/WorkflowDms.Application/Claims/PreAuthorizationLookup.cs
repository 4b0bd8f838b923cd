using WorkflowDms.Domain.Claims;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>Finds a pre-authorisation in the unit of work first: the request that creates one starts its process before saving.</summary>
internal static class PreAuthorizationLookup
{
    public static PreAuthorization Find(WorkflowDmsDbContext db, Guid id) =>
        db.PreAuthorizations.Local.FirstOrDefault(p => p.Id == id) ?? db.PreAuthorizations.Single(p => p.Id == id);
}
