using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Domain.Forms;

/// <summary>
/// A published form-js schema for one <c>camunda:formKey</c>. (FormKey, Version) is unique; versions are kept, so
/// the inbox can render the newest and the history shows who changed a form.
/// </summary>
public class FormDefinitionRecord
{
    private FormDefinitionRecord()
    {
        FormKey = "";
        SchemaJson = "";
        Sha256 = "";
        PublishedBy = ProcessDefinitionRecord.SystemPublisher;
    }

    public Guid Id { get; private set; }

    public string FormKey { get; private set; }

    public int Version { get; private set; }

    /// <summary>The form-js schema, as published.</summary>
    public string SchemaJson { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 schema text.</summary>
    public string Sha256 { get; private set; }

    public DateTime PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    public DefinitionSource Source { get; private set; }

    public string? Comment { get; private set; }

    public static FormDefinitionRecord Create(Guid id, string formKey, int version, string schemaJson, DateTime now, string publishedBy, DefinitionSource source, string? comment)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(formKey);
        return new FormDefinitionRecord
        {
            Id = id,
            FormKey = formKey,
            Version = version,
            SchemaJson = schemaJson,
            Sha256 = ProcessDefinitionRecord.HashOf(schemaJson),
            PublishedAt = now,
            PublishedBy = publishedBy,
            Source = source,
            Comment = comment,
        };
    }
}
