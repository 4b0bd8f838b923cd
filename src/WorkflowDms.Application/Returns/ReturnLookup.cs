using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Returns;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns;

/// <summary>
/// Finds a return inside the running command: first among the tracked entities (a request being made is
/// not in the database yet), then in the database.
/// </summary>
internal static class ReturnLookup
{
    public static ReturnRequest Find(WorkflowDmsDbContext db, Guid returnId) =>
        db.ReturnRequests.Local.FirstOrDefault(r => r.Id == returnId)
        ?? db.ReturnRequests.Include(r => r.Lines).Single(r => r.Id == returnId);
}
