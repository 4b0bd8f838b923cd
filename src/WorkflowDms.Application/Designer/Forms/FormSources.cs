namespace WorkflowDms.Application.Designer.Forms;

/// <summary>Where the shipped form-js schemas are: <c>forms/&lt;formKey&gt;.form</c>, beside <c>workflows/</c>.</summary>
public sealed record FormSources(string Directory);
