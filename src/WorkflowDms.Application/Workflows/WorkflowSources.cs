namespace WorkflowDms.Application.Workflows;

/// <summary>Where the shipped BPMN files are.</summary>
public sealed record WorkflowSources(string Directory);
