namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>One process in the designer's list.</summary>
public sealed record WorkflowSummaryView(string ProcessId, string? Name, int? LatestVersion, int VersionCount, bool HasDraft, int RunningInstances);
