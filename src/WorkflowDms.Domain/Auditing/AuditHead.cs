namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// The single row holding the end of the chain. Every append updates it under its concurrency token, so
/// two transactions that append concurrently serialise here: the loser's save fails and its command
/// retries from a fresh head. It also lets verification notice deleted tail rows.
/// </summary>
public class AuditHead : IVersioned
{
    public const int SingletonId = 1;

    /// <summary>The previous hash of entry 1: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditHead()
    {
        LastHash = GenesisHash;
    }

    public int Id { get; private set; }

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; }

    public int Version { get; private set; }

    /// <summary>The head of an empty chain (the row the initial migration seeds).</summary>
    public static AuditHead Genesis() => new() { Id = SingletonId, LastSequence = 0, LastHash = GenesisHash };

    internal void Advance(long sequence, string hash)
    {
        LastSequence = sequence;
        LastHash = hash;
    }
}
