namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>A published version with its BPMN XML (the diagram of a case's version, too).</summary>
public sealed record WorkflowVersionDetailView(
    string ProcessId,
    int Version,
    string Xml,
    string PublishedBy,
    DateTime PublishedAt,
    string Source,
    string? Comment);
