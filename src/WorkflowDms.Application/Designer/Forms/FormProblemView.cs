namespace WorkflowDms.Application.Designer.Forms;

/// <summary>What is wrong with a form schema, at a JSON path such as <c>components[2].values</c>.</summary>
public sealed record FormProblemView(string Path, string Message);
