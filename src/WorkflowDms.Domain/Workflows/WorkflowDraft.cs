namespace WorkflowDms.Domain.Workflows;

/// <summary>
/// The analysts' shared work in progress on one process: at most one per process id, stored even when it does
/// not validate. <see cref="Etag"/> changes on every save, so an editor holding an older one cannot overwrite
/// a colleague's save (409); <see cref="Version"/> guards the same between hosts.
/// </summary>
public class WorkflowDraft : IVersioned
{
    private WorkflowDraft()
    {
        ProcessId = "";
        Xml = "";
        UpdatedBy = "";
        Etag = "";
    }

    public string ProcessId { get; private set; }

    public string Xml { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The published version the draft started from, if any (for the diff and the "changed since" hint).</summary>
    public int? BasedOnVersion { get; private set; }

    /// <summary>Opaque token of this save; the client sends it back with the next save.</summary>
    public string Etag { get; private set; }

    public int Version { get; private set; }

    public static WorkflowDraft Create(string processId, string xml, int? basedOnVersion, string updatedBy, DateTime now) =>
        new()
        {
            ProcessId = processId,
            Xml = xml,
            BasedOnVersion = basedOnVersion,
            UpdatedBy = updatedBy,
            UpdatedAt = now,
            Etag = NewEtag(),
        };

    public void Update(string xml, int? basedOnVersion, string updatedBy, DateTime now)
    {
        Xml = xml;
        BasedOnVersion = basedOnVersion ?? BasedOnVersion;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
        Etag = NewEtag();
    }

    private static string NewEtag() => Guid.NewGuid().ToString("N");
}
