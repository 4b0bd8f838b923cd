using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Application.Admin;

/// <summary>Mapping of the admin entities to their API views.</summary>
internal static class AdminViews
{
    public static OrgNodeView ToView(this OrgNode node) =>
        new(node.Id, node.Code, node.Name, ToApiKind(node.Kind), node.Tier, node.ParentId, node.Path);

    public static DealerView ToView(this Dealer dealer) =>
        new(dealer.Id, dealer.Code, dealer.Name, dealer.OrgNodeId, dealer.OrgPath, dealer.Tier, dealer.Active, dealer.Currency,
            new WarrantyTermsView(
                dealer.AuthorizedForWarranty,
                dealer.WarrantyLaborRateMinor / 100m,
                dealer.ClaimWindowDays,
                dealer.AutoApprovalLimitMinor / 100m,
                dealer.PreAuthorizationThresholdMinor / 100m));

    public static ApiKeyView ToView(this ApiKey key) => new(key.Id, key.DealerId, key.Label, key.CreatedAt, key.RevokedAt, key.IsActive);

    public static RoleAssignmentView ToView(this RoleAssignment assignment) =>
        new(assignment.Id, assignment.Group, assignment.OrgNodeId, assignment.OrgPath, assignment.CreatedAt);

    public static StaffUserView ToView(this AppUser user, IReadOnlyList<AccessGrant> grants, IReadOnlyList<RoleAssignmentView> assignments) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.OrgNodeId, user.OrgPath, grants.Select(g => g.ToString()).ToList(), assignments);

    public static string ToApiKind(OrgNodeKind kind) => kind switch
    {
        OrgNodeKind.Headquarters => "headquarters",
        OrgNodeKind.Region => "region",
        OrgNodeKind.Branch => "branch",
        OrgNodeKind.Dealer => "dealer",
        _ => "service-station",
    };
}
