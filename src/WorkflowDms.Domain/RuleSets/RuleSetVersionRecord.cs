using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.RuleSets;

/// <summary>
/// A published version of a policy rule set: its JSON as published, never changed afterwards. (Name, Version) is
/// unique; the hash tells whether a shipped file changed since it was last deployed.
/// </summary>
public class RuleSetVersionRecord
{
    private RuleSetVersionRecord()
    {
        Name = "";
        Json = "";
        Sha256 = "";
        Source = "";
        PublishedBy = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The rule set's name (its <c>WorkflowName</c>), e.g. <c>warranty-claim</c>.</summary>
    public string Name { get; private set; }

    /// <summary>1, 2, 3… per rule set.</summary>
    public int Version { get; private set; }

    public string Json { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 JSON.</summary>
    public string Sha256 { get; private set; }

    /// <summary><see cref="RuleSetSources.File"/> (deployed from <c>rules/</c> at start-up) or <see cref="RuleSetSources.Designer"/>.</summary>
    public string Source { get; private set; }

    /// <summary>How many rules the version holds (enabled or not), for the designer's lists.</summary>
    public int RuleCount { get; private set; }

    /// <summary>The publishing user's e-mail, or <c>system</c> for a shipped file.</summary>
    public string PublishedBy { get; private set; }

    public DateTime PublishedAt { get; private set; }

    public string? Comment { get; private set; }

    public static RuleSetVersionRecord Publish(
        Guid id, string name, int version, string json, string source, int ruleCount, string publishedBy, DateTime now, string? comment)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (source is not (RuleSetSources.File or RuleSetSources.Designer))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "A rule-set version comes from a file or the designer.");
        }

        return new RuleSetVersionRecord
        {
            Id = id,
            Name = name,
            Version = version,
            Json = json,
            Sha256 = HashOf(json),
            Source = source,
            RuleCount = ruleCount,
            PublishedBy = publishedBy,
            PublishedAt = now,
            Comment = comment,
        };
    }

    public static string HashOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
