namespace WorkflowDms.Application.Designer.Forms;

/// <summary>Either the new form version, or why the draft cannot be published (nothing was stored).</summary>
public sealed record FormPublishResult(FormVersionView? Published, FormValidationView? Refused);
