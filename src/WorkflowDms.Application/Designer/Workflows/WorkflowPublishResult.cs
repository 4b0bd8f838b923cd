namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>Either the new version, or why the draft cannot be published (nothing was stored).</summary>
public sealed record WorkflowPublishResult(WorkflowVersionView? Published, WorkflowValidationView? Refused);
