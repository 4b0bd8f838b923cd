namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>An element on both sides whose attributes differ.</summary>
public sealed record ChangedElementView(string Id, string Type, string? Name, IReadOnlyList<Designer.AttributeChangeView> Changes);
