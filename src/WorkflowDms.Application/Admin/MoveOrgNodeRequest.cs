namespace WorkflowDms.Application.Admin;

/// <summary>
/// The node's new parent and, for a dealer or service station, optionally its tier there (a tier-2 dealer that
/// becomes a direct dealer of a branch is tier 1); without a tier the node keeps its own.
/// </summary>
public sealed record MoveOrgNodeRequest(Guid? ParentId, int? Tier);
