namespace WorkflowDms.Application.Admin;

/// <summary>A staff user, the grants the next sign-in will carry (<c>group@path</c>) and the explicit assignments behind them.</summary>
public sealed record StaffUserView(string Id, string Email, string DisplayName, Guid OrgNodeId, string OrgPath, IReadOnlyList<string> Grants, IReadOnlyList<RoleAssignmentView> Assignments);
