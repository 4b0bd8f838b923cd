using System.Buffers;
using System.Security.Cryptography;

namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// Walks the chain in sequence order and reports the first break. Feed it with <see cref="Check"/> row
/// by row (streaming, constant memory) and close with <see cref="Finish"/>, or use the static helpers.
/// Per row it allocates nothing: the recomputed hash stays on the stack and is compared with the stored
/// hex after decoding that into a stack buffer too.
/// </summary>
public sealed class AuditVerifier
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

    public static async Task<AuditVerificationResult> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInSequenceOrder, AuditHead? head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entriesInSequenceOrder);
        var verifier = new AuditVerifier();
        await foreach (var entry in entriesInSequenceOrder.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }

        return verifier.Finish(head);
    }

    /// <summary>Checks the next entry; false once a break was found (further entries are not looked at).</summary>
    public bool Check(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_failure is not null)
        {
            return false;
        }

        if (entry.Sequence != _expectedSequence)
        {
            return Fail(AuditBreak.SequenceGap, _expectedSequence, $"Entry {_expectedSequence} is missing (next entry found is {entry.Sequence}).");
        }

        if (!string.Equals(entry.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
        {
            return Fail(AuditBreak.PreviousHashMismatch, entry.Sequence, $"Entry {entry.Sequence} does not link to the stored hash of its predecessor.");
        }

        Span<byte> computed = stackalloc byte[SHA256.HashSizeInBytes];
        _hasher.Compute(entry.Sequence, entry.At, entry.ActorKind, entry.Actor, entry.Action, entry.Subject, entry.OrgPath, entry.DataJson, entry.PreviousHash, computed);
        if (!HexEquals(entry.Hash, computed))
        {
            return Fail(AuditBreak.HashMismatch, entry.Sequence, $"Entry {entry.Sequence} was altered: its content does not match its hash.");
        }

        _expectedPrevious = entry.Hash;
        _expectedSequence++;
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

    private static bool HexEquals(string storedHex, ReadOnlySpan<byte> computed)
    {
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return storedHex.Length == SHA256.HashSizeInBytes * 2
            && Convert.FromHexString(storedHex, stored, out _, out var written) == OperationStatus.Done
            && written == stored.Length
            && stored.SequenceEqual(computed);
    }

    private bool Fail(AuditBreak kind, long sequence, string message)
    {
        _failure = new AuditVerificationResult(kind, _checked, sequence, message);
        return false;
    }
}
