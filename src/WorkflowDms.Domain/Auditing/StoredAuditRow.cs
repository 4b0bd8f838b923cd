namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// An audit row exactly as stored, with the action as its stored name, so a verifier can read rows
/// without building entities and an unknown action name simply fails the hash.
/// </summary>
public readonly record struct StoredAuditRow(
    long Sequence,
    DateTime At,
    string ActorKind,
    string Actor,
    string ActionName,
    string Subject,
    string OrgPath,
    string DataJson,
    string PreviousHash,
    string Hash)
{
    public static StoredAuditRow From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.At, entry.ActorKind, entry.Actor, entry.Action.ToString(), entry.Subject, entry.OrgPath, entry.DataJson, entry.PreviousHash, entry.Hash);
    }
}
