namespace WorkflowDms.Application.Designer.Forms;

/// <summary>Whether a form schema can be published, and why not.</summary>
public sealed record FormValidationView(bool Valid, IReadOnlyList<FormProblemView> Problems);
