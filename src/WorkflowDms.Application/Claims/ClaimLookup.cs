using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Finds a claim inside the running command: first among the tracked entities (a claim being submitted is
/// not in the database yet, and a loaded one need not be read twice), then in the database.
/// </summary>
internal static class ClaimLookup
{
    public static Claim Find(WorkflowDmsDbContext db, Guid claimId) =>
        db.Claims.Local.FirstOrDefault(c => c.Id == claimId)
        ?? db.Claims.Include(c => c.Lines).Single(c => c.Id == claimId);
}
