namespace WorkflowDms.Application.Admin;

/// <summary>A new staff user at a home org node (the root of everything they may see).</summary>
public sealed record CreateStaffUserRequest(string? Email, string? DisplayName, string? Password, Guid? OrgNodeId);
