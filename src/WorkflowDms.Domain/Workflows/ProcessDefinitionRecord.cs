using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.Workflows;

/// <summary>
/// A deployed BPMN version. (ProcessId, Version) is unique; versions are never changed or deleted, so a running
/// instance can always find the definition it started on.
/// </summary>
public class ProcessDefinitionRecord
{
    /// <summary>Who deployed a shipped file.</summary>
    public const string SystemPublisher = "system";

    private ProcessDefinitionRecord()
    {
        ProcessId = "";
        Xml = "";
        Sha256 = "";
        PublishedBy = SystemPublisher;
    }

    public Guid Id { get; private set; }

    public string ProcessId { get; private set; }

    public int Version { get; private set; }

    public string Xml { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 XML.</summary>
    public string Sha256 { get; private set; }

    public DateTime DeployedAt { get; private set; }

    /// <summary>The analyst's e-mail, or <see cref="SystemPublisher"/> for a shipped file.</summary>
    public string PublishedBy { get; private set; }

    public DefinitionSource Source { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>A version from a shipped file, deployed at start-up.</summary>
    public static ProcessDefinitionRecord Deploy(Guid id, string processId, int version, string xml, DateTime now) =>
        Create(id, processId, version, xml, now, SystemPublisher, DefinitionSource.File, null);

    /// <summary>A version published from the designer.</summary>
    public static ProcessDefinitionRecord Publish(Guid id, string processId, int version, string xml, string publishedBy, string? comment, DateTime now) =>
        Create(id, processId, version, xml, now, publishedBy, DefinitionSource.Designer, comment);

    public static string HashOf(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    private static ProcessDefinitionRecord Create(Guid id, string processId, int version, string xml, DateTime now, string publishedBy, DefinitionSource source, string? comment)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        return new ProcessDefinitionRecord
        {
            Id = id,
            ProcessId = processId,
            Version = version,
            Xml = xml,
            Sha256 = HashOf(xml),
            DeployedAt = now,
            PublishedBy = publishedBy,
            Source = source,
            Comment = comment,
        };
    }
}
