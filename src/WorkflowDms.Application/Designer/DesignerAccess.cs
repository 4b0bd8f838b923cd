using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer;

/// <summary>
/// Workflows and forms are the manufacturer's, shared by the whole network: they sit at the root of the org
/// tree. Only analysts or admins holding their role there (at HQ) may see or change them; anyone else — an
/// admin of one region, say — finds nothing (404), as with any object outside the caller's subtree.
/// </summary>
internal static class DesignerAccess
{
    public static async Task<bool> CanDesignAsync(WorkflowDmsDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Kind != ActorKind.User)
        {
            return false;
        }

        var root = await RootPathAsync(db, cancellationToken);
        return actor.Holds(Groups.Analysts, root) || actor.Holds(Groups.Admins, root);
    }

    /// <summary>Where designer objects live, and so where their audit entries are filed (HQ sees them).</summary>
    public static async Task<string> RootPathAsync(WorkflowDmsDbContext db, CancellationToken cancellationToken) =>
        await db.OrgNodes.AsNoTracking().Where(n => n.ParentId == null).Select(n => n.Path).FirstOrDefaultAsync(cancellationToken) ?? "/";

    /// <summary>Throws the 404 an outsider gets for <paramref name="entityType"/> <paramref name="id"/>.</summary>
    public static async Task EnsureAsync(WorkflowDmsDbContext db, Actor actor, string entityType, string id, CancellationToken cancellationToken)
    {
        if (!await CanDesignAsync(db, actor, cancellationToken))
        {
            throw new NotFoundException(entityType, id);
        }
    }
}
