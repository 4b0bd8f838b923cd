using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>Reads the signed-in staff user's profile for the web app's header and inbox.</summary>
public sealed class StaffProfiles(WorkflowDmsDbContext reads)
{
    public async Task<MeView> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await reads.Users.AsNoTracking().Where(u => u.Id == actor.Id)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.OrgNodeId, u.OrgPath }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("user", actor.Id);
        var node = await reads.OrgNodes.AsNoTracking().Where(n => n.Id == user.OrgNodeId).Select(n => n.Name).FirstOrDefaultAsync(cancellationToken);
        return new MeView(
            user.Id,
            user.Email ?? actor.Name,
            user.DisplayName,
            [.. actor.Groups.Order(StringComparer.Ordinal)],
            [.. actor.Grants.Select(g => g.ToString())],
            user.OrgNodeId,
            node ?? "",
            user.OrgPath);
    }
}
