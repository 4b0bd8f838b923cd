namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// One link of the append-only, hash-chained audit trail. <see cref="Sequence"/> is assigned from the
/// head (not an identity column) so that a deleted row leaves a detectable gap. Created only by
/// <see cref="AuditChain.Append"/>.
/// </summary>
public class AuditEntry
{
    private AuditEntry()
    {
        ActorKind = "";
        Actor = "";
        Subject = "";
        OrgPath = "";
        DataJson = "";
        PreviousHash = "";
        Hash = "";
    }

    internal AuditEntry(long sequence, DateTime at, string actorKind, string actor, AuditAction action, string subject, string orgPath, string dataJson, string previousHash, string hash)
    {
        Sequence = sequence;
        At = at;
        ActorKind = actorKind;
        Actor = actor;
        Action = action;
        Subject = subject;
        OrgPath = orgPath;
        DataJson = dataJson;
        PreviousHash = previousHash;
        Hash = hash;
    }

    public long Sequence { get; private set; }

    /// <summary>UTC, truncated to microseconds (the finest precision PostgreSQL keeps, so hashes survive a move).</summary>
    public DateTime At { get; private set; }

    /// <summary>One of <see cref="AuditActorKinds"/>.</summary>
    public string ActorKind { get; private set; }

    /// <summary>User id, dealer code or system component.</summary>
    public string Actor { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>What the entry is about, e.g. <c>claim:{id}</c> or <c>task:{id}</c>.</summary>
    public string Subject { get; private set; }

    /// <summary>The subject's org path, so auditors see only their subtree.</summary>
    public string OrgPath { get; private set; }

    public string DataJson { get; private set; }

    public string PreviousHash { get; private set; }

    /// <summary>Lower-case hex SHA-256 over the canonical encoding (see <see cref="AuditChain"/>).</summary>
    public string Hash { get; private set; }
}
