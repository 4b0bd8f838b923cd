using System.Text.Json;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>The shared draft of a form and what the validator says about it now.</summary>
public sealed record FormDraftView(
    string FormKey,
    JsonElement Schema,
    string UpdatedBy,
    DateTime UpdatedAt,
    int? BasedOnVersion,
    string Etag,
    FormValidationView Validation);
