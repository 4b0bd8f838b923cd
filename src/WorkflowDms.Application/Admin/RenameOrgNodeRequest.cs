namespace WorkflowDms.Application.Admin;

/// <summary>A node's new display name (its code and path never change).</summary>
public sealed record RenameOrgNodeRequest(string? Name);
