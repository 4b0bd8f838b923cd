using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>The org tree's root path: where rule sets (the manufacturer's policy) and their audit entries belong.</summary>
internal static class DesignerRoot
{
    public static async Task<string> PathAsync(WorkflowDmsDbContext db, CancellationToken ct) =>
        await db.OrgNodes.AsNoTracking().Where(n => n.ParentId == null).Select(n => n.Path).FirstOrDefaultAsync(ct) ?? "/";
}
