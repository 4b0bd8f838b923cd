namespace WorkflowDms.Domain.RuleSets;

/// <summary>
/// The one work-in-progress of a rule set: the JSON an analyst is editing, saved even when it does not compile.
/// <see cref="Etag"/> changes on every save, so an analyst holding an older one cannot overwrite a colleague's save
/// (409); <see cref="Version"/> guards the same between two saves racing inside the database.
/// </summary>
public class RuleSetDraft : IVersioned
{
    private RuleSetDraft()
    {
        Name = "";
        Json = "";
        UpdatedBy = "";
        Etag = "";
    }

    /// <summary>The rule set's name; one draft per rule set.</summary>
    public string Name { get; private set; }

    public string Json { get; private set; }

    /// <summary>The published version the draft started from (publishing refuses when a newer one appeared since).</summary>
    public int BasedOnVersion { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Opaque token of this save; the client sends it back with the next save.</summary>
    public string Etag { get; private set; }

    public int Version { get; private set; }

    public static RuleSetDraft Start(string name, string json, int basedOnVersion, string by, DateTime now) =>
        new() { Name = name, Json = json, BasedOnVersion = basedOnVersion, UpdatedBy = by, UpdatedAt = now, Etag = NewEtag() };

    public void Update(string json, int basedOnVersion, string by, DateTime now)
    {
        Json = json;
        BasedOnVersion = basedOnVersion;
        UpdatedBy = by;
        UpdatedAt = now;
        Etag = NewEtag();
    }

    private static string NewEtag() => Guid.NewGuid().ToString("N");
}
