using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Access;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Access;

/// <summary>
/// Reads a staff user's grants: every role assignment, plus each Identity role the user has without any
/// assignment, held at the user's home node (how the demo users and users created before grants behave).
/// </summary>
public static class AccessGrants
{
    public static async Task<IReadOnlyList<AccessGrant>> ForUserAsync(WorkflowDmsDbContext db, string userId, string homePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assigned = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new AccessGrant(a.Group, a.OrgPath))
            .ToListAsync(cancellationToken);
        var roles = await (
            from ur in db.UserRoles.AsNoTracking()
            join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
            where ur.UserId == userId
            select r.Name).ToListAsync(cancellationToken);

        var grants = new List<AccessGrant>(assigned);
        foreach (var role in roles)
        {
            if (role is not null && !assigned.Exists(a => a.Group == role))
            {
                grants.Add(new AccessGrant(role, homePath));
            }
        }

        return grants.Distinct().OrderBy(g => g.Group, StringComparer.Ordinal).ThenBy(g => g.OrgPath, StringComparer.Ordinal).ToList();
    }
}
