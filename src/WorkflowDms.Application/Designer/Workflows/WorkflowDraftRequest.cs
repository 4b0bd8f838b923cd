namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>Body of PUT /designer/workflows/{processId}/draft.</summary>
/// <param name="Xml">The BPMN XML, valid or not.</param>
/// <param name="BasedOnVersion">The published version the edit started from.</param>
/// <param name="Etag">The draft's etag as last read; required when a draft exists, absent when creating one.</param>
public sealed record WorkflowDraftRequest(string? Xml, int? BasedOnVersion, string? Etag);
