namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>Body of POST /designer/workflows/validate.</summary>
public sealed record WorkflowValidateRequest(string? Xml);
