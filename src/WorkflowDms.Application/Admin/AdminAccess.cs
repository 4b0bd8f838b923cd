using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// The two checks of every admin route: the object lies in the caller's subtree (else 404, like an unknown id),
/// and for changes the caller holds <see cref="Groups.Admins"/> at or above the object (auditors read only).
/// </summary>
internal static class AdminAccess
{
    public static void EnsureVisible(Actor actor, string orgPath, string entityType, object id)
    {
        if (!actor.CanSee(orgPath) || !(actor.Holds(Groups.Admins, orgPath) || actor.Holds(Groups.Auditors, orgPath)))
        {
            throw new NotFoundException(entityType, id.ToString() ?? "");
        }
    }

    public static void EnsureCanChange(Actor actor, string orgPath, string entityType, object id)
    {
        EnsureVisible(actor, orgPath, entityType, id);
        if (!actor.Holds(Groups.Admins, orgPath))
        {
            throw new RequestBodyException(403, "Forbidden", "Changing the organisation needs the admins role at or above this node.");
        }
    }
}
