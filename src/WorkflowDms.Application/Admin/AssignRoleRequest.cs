namespace WorkflowDms.Application.Admin;

/// <summary>Grant <see cref="Group"/> at the org node <see cref="OrgNodeId"/> (within the user's home scope).</summary>
public sealed record AssignRoleRequest(string? Group, Guid? OrgNodeId);
