using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Access;

/// <summary>
/// A staff user holds a role (staff group) at an org node: a warranty reviewer at branch B21, a credit manager
/// at region R1. The node must lie within the user's home subtree, so a grant never widens what the user may see;
/// it narrows which tasks reach the user's inbox and which actions the user may take where.
/// </summary>
public class RoleAssignment
{
    private RoleAssignment()
    {
        UserId = "";
        Group = "";
        OrgPath = "";
        CreatedBy = "";
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string Group { get; private set; }

    public Guid OrgNodeId { get; private set; }

    /// <summary>Copied from the node so grant checks need no join.</summary>
    public string OrgPath { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public AccessGrant Grant => new(Group, OrgPath);

    public static RoleAssignment Create(Guid id, string userId, string userHomePath, string group, OrgNode node, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (string.IsNullOrWhiteSpace(group) || group.Contains(AccessGrant.Separator, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("invalid-group", $"Group '{group}' is not a valid group name.");
        }

        if (!new OrgScope(userHomePath).Contains(node.Path))
        {
            throw new BusinessRuleException("grant-outside-home", $"Org node {node.Code} lies outside the user's home scope {userHomePath}; move the user first.");
        }

        return new RoleAssignment
        {
            Id = id,
            UserId = userId,
            Group = group,
            OrgNodeId = node.Id,
            OrgPath = node.Path,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }
}
