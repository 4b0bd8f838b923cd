using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Domain.Forms;

/// <summary>The analysts' shared unpublished change to one form; the same rules as <see cref="WorkflowDraft"/>.</summary>
public class FormDraft : IVersioned
{
    private FormDraft()
    {
        FormKey = "";
        SchemaJson = "";
        UpdatedBy = "";
        Etag = "";
    }

    public string FormKey { get; private set; }

    public string SchemaJson { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int? BasedOnVersion { get; private set; }

    public string Etag { get; private set; }

    public int Version { get; private set; }

    public static FormDraft Create(string formKey, string schemaJson, int? basedOnVersion, string updatedBy, DateTime now) =>
        new()
        {
            FormKey = formKey,
            SchemaJson = schemaJson,
            BasedOnVersion = basedOnVersion,
            UpdatedBy = updatedBy,
            UpdatedAt = now,
            Etag = Guid.NewGuid().ToString("N"),
        };

    public void Update(string schemaJson, int? basedOnVersion, string updatedBy, DateTime now)
    {
        SchemaJson = schemaJson;
        BasedOnVersion = basedOnVersion ?? BasedOnVersion;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
        Etag = Guid.NewGuid().ToString("N");
    }
}
