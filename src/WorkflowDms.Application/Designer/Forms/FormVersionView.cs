namespace WorkflowDms.Application.Designer.Forms;

/// <summary>A published form version; <c>Source</c> is <c>file</c> (shipped) or <c>designer</c>.</summary>
public sealed record FormVersionView(string FormKey, int Version, string PublishedBy, DateTime PublishedAt, string Source, string Sha256, string? Comment);
