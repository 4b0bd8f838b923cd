namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// Appends to the hash chain: entry n carries the hash of entry n-1, and the head moves to entry n. Pure;
/// the caller adds the entry and saves the head in the same transaction as the change it records.
/// </summary>
public static class AuditChain
{
    [ThreadStatic]
    private static AuditHasher? s_hasher;

    public static AuditEntry Append(AuditHead head, DateTime at, string actorKind, string actor, AuditAction action, string subject, string orgPath, string dataJson)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(actorKind);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(orgPath);
        ArgumentNullException.ThrowIfNull(dataJson);

        var sequence = head.LastSequence + 1;
        var stamp = Normalize(at);
        var hash = (s_hasher ??= new AuditHasher())
            .ComputeHex(sequence, stamp, actorKind, actor, action, subject, orgPath, dataJson, head.LastHash);
        var entry = new AuditEntry(sequence, stamp, actorKind, actor, action, subject, orgPath, dataJson, head.LastHash, hash);
        head.Advance(sequence, hash);
        return entry;
    }

    /// <summary>UTC, truncated to whole microseconds so the stored value re-hashes identically on every provider.</summary>
    public static DateTime Normalize(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
