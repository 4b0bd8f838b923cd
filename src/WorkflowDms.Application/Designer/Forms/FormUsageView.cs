namespace WorkflowDms.Application.Designer.Forms;

/// <summary>A user task (in the latest version of its process) that names the form by <c>camunda:formKey</c>.</summary>
public sealed record FormUsageView(string ProcessId, string ElementId);
