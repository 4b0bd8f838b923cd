namespace WorkflowDms.Application.Admin;

/// <summary>An org node; <c>kind</c> is headquarters, region, branch, dealer or service-station.</summary>
public sealed record OrgNodeView(Guid Id, string Code, string Name, string Kind, int? Tier, Guid? ParentId, string Path);
