using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.Workflows;

/// <summary>A deployed BPMN version. (ProcessId, Version) is unique; the hash makes redeploying identical XML a no-op.</summary>
public class ProcessDefinitionRecord
{
    private ProcessDefinitionRecord()
    {
        ProcessId = "";
        Xml = "";
        Sha256 = "";
    }

    public Guid Id { get; private set; }

    public string ProcessId { get; private set; }

    public int Version { get; private set; }

    public string Xml { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 XML.</summary>
    public string Sha256 { get; private set; }

    public DateTime DeployedAt { get; private set; }

    public static ProcessDefinitionRecord Deploy(Guid id, string processId, int version, string xml, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        return new ProcessDefinitionRecord
        {
            Id = id,
            ProcessId = processId,
            Version = version,
            Xml = xml,
            Sha256 = HashOf(xml),
            DeployedAt = now,
        };
    }

    public static string HashOf(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}
