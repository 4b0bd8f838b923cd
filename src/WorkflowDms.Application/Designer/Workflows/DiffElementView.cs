namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>An element present on one side of a diff only.</summary>
public sealed record DiffElementView(string Id, string Type, string? Name);
