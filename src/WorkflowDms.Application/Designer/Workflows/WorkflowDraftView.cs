namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>The shared draft of a process and, with it, what the engine says about it now.</summary>
public sealed record WorkflowDraftView(
    string ProcessId,
    string Xml,
    string UpdatedBy,
    DateTime UpdatedAt,
    int? BasedOnVersion,
    string Etag,
    WorkflowValidationView Validation);
