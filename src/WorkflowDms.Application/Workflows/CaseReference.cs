namespace WorkflowDms.Application.Workflows;

/// <summary>The case a workflow instance runs for: what its tasks show and whose org scope they inherit.</summary>
public sealed record CaseReference(string CaseType, Guid CaseId, string CaseNumber, Guid OrgNodeId, string OrgPath);
