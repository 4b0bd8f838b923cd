using System.Text.Json;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>A published form version with its form-js schema.</summary>
public sealed record FormVersionDetailView(string FormKey, int Version, JsonElement Schema, string PublishedBy, DateTime PublishedAt, string Source, string? Comment);
