using System.Buffers;
using System.Security.Cryptography;

namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// Walks the chain in sequence order and reports the first break. Feed it row by row with
/// <see cref="Check(StoredAuditRow)"/> (streaming, constant memory) and close with <see cref="Finish"/>, or use
/// the static helpers; <see cref="VerifyAsync(IAsyncEnumerable{StoredAuditRow}, AuditHead?, CancellationToken)"/>
/// hashes on a second core while the caller reads. Per row the check allocates nothing: the recomputed
/// hash stays on the stack and is compared with the stored hex decoded into a stack buffer.
/// </summary>
public sealed partial class AuditVerifier
{
    private readonly AuditHasher _hasher = new();
    private long _expectedSequence = 1;
    private string _expectedPrevious = AuditHead.GenesisHash;
    private long _checked;
    private AuditVerificationResult? _failure;

    public static AuditVerificationResult Verify(IEnumerable<AuditEntry> entriesInSequenceOrder, AuditHead? head)
    {
        ArgumentNullException.ThrowIfNull(entriesInSequenceOrder);
        var verifier = new AuditVerifier();
        foreach (var entry in entriesInSequenceOrder)
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }

        return verifier.Finish(head);
    }

    public static Task<AuditVerificationResult> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInSequenceOrder, AuditHead? head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entriesInSequenceOrder);
        return VerifyAsync(entriesInSequenceOrder.Select(StoredAuditRow.From), head, cancellationToken);
    }

    /// <summary>Checks the next entry; false once a break was found (further entries are not looked at).</summary>
    public bool Check(AuditEntry entry) => Check(StoredAuditRow.From(entry));

    /// <summary>Checks the next row as stored; false once a break was found.</summary>
    public bool Check(StoredAuditRow row)
    {
        if (_failure is not null || !CheckLink(row))
        {
            return false;
        }

        if (!HashMatches(_hasher, row))
        {
            _failure = HashFailure(row, _checked);
            return false;
        }

        _checked++;
        return true;
    }

    /// <summary>Compares the end of the walked chain with the head and returns the verdict.</summary>
    public AuditVerificationResult Finish(AuditHead? head)
    {
        if (_failure is not null)
        {
            return _failure;
        }

        var last = _expectedSequence - 1;
        if (head is null)
        {
            return new AuditVerificationResult(AuditBreak.MissingHead, _checked, last + 1, "The audit head row is missing.");
        }

        if (head.LastSequence != last || !string.Equals(head.LastHash, _expectedPrevious, StringComparison.Ordinal))
        {
            var broken = head.LastSequence > last ? last + 1 : Math.Max(1, Math.Min(last, head.LastSequence + 1));
            return new AuditVerificationResult(
                AuditBreak.HeadMismatch,
                _checked,
                broken,
                $"The chain ends at entry {last} but the head records entry {head.LastSequence}: entries were deleted from the end or the head was altered.");
        }

        return new AuditVerificationResult(AuditBreak.None, _checked, null, $"{_checked} entries verified.");
    }

    /// <summary>The cheap, order-dependent part: numbering and the link to the predecessor's stored hash.</summary>
    private bool CheckLink(in StoredAuditRow row)
    {
        if (row.Sequence != _expectedSequence)
        {
            _failure = new AuditVerificationResult(AuditBreak.SequenceGap, _checked, _expectedSequence, $"Entry {_expectedSequence} is missing (next entry found is {row.Sequence}).");
            return false;
        }

        if (!string.Equals(row.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
        {
            _failure = new AuditVerificationResult(AuditBreak.PreviousHashMismatch, _checked, row.Sequence, $"Entry {row.Sequence} does not link to the stored hash of its predecessor.");
            return false;
        }

        _expectedPrevious = row.Hash;
        _expectedSequence++;
        return true;
    }

    /// <summary>The expensive, order-independent part: the row's content still hashes to its stored hash.</summary>
    private static bool HashMatches(AuditHasher hasher, in StoredAuditRow row)
    {
        // The chain only ever stores whole microseconds; finer ticks would vanish from the hashed text,
        // so an edit of the time below a microsecond must fail here.
        if (row.At.Ticks % 10 != 0)
        {
            return false;
        }

        Span<byte> computed = stackalloc byte[SHA256.HashSizeInBytes];
        hasher.Compute(row.Sequence, row.At, row.ActorKind, row.Actor, row.ActionName, row.Subject, row.OrgPath, row.DataJson, row.PreviousHash, computed);
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return row.Hash.Length == SHA256.HashSizeInBytes * 2
            && Convert.FromHexString(row.Hash, stored, out _, out var written) == OperationStatus.Done
            && written == stored.Length
            && stored.SequenceEqual(computed);
    }

    private static AuditVerificationResult HashFailure(in StoredAuditRow row, long checkedBefore) =>
        new(AuditBreak.HashMismatch, checkedBefore, row.Sequence, $"Entry {row.Sequence} was altered: its content does not match its hash.");
}
