namespace WorkflowDms.Application.Admin;

/// <summary>One role a user holds at one org node.</summary>
public sealed record RoleAssignmentView(Guid Id, string Group, Guid OrgNodeId, string OrgPath, DateTime CreatedAt);
