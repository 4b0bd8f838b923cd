namespace WorkflowDms.Application.Admin;

/// <summary>A new region (under HQ) or branch (under a region); dealers are created with <see cref="CreateDealerRequest"/>.</summary>
public sealed record CreateOrgNodeRequest(Guid? ParentId, string? Code, string? Name, string? Kind);
