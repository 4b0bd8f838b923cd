using System.Text.Json;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>Body of PUT /designer/forms/{formKey}/draft.</summary>
/// <param name="Schema">The form-js schema (any JSON object; stored even when it does not validate).</param>
/// <param name="BasedOnVersion">The published version the edit started from.</param>
/// <param name="Etag">The draft's etag as last read; required when a draft exists.</param>
public sealed record FormDraftRequest(JsonElement? Schema, int? BasedOnVersion, string? Etag);
