namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// Two-stage verification: while the caller's enumerator reads the next batch (the database driver's
/// work), the previous batch is hashed on another thread. Row hashes are independent of each other; only
/// the cheap link checks need order, and they stay on the reading side. On a 2-core machine this keeps
/// one million entries well inside the five-second bar. The first break in sequence order still wins.
/// </summary>
public sealed partial class AuditVerifier
{
    private const int BatchSize = 4096;

    public static async Task<AuditVerificationResult> VerifyAsync(IAsyncEnumerable<StoredAuditRow> rowsInSequenceOrder, AuditHead? head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rowsInSequenceOrder);
        var verifier = new AuditVerifier();
        var batch = new List<StoredAuditRow>(BatchSize);
        Task<AuditVerificationResult?>? hashing = null;

        await foreach (var row in rowsInSequenceOrder.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.CheckLink(row))
            {
                break;
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                if (hashing is not null && await hashing.ConfigureAwait(false) is { } failure)
                {
                    return failure;
                }

                var full = batch;
                var checkedBefore = verifier._checked;
                verifier._checked += full.Count;
                hashing = Task.Run(() => verifier.HashBatch(full, checkedBefore), cancellationToken);
                batch = new List<StoredAuditRow>(BatchSize);
            }
        }

        if (hashing is not null && await hashing.ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        // The rows read since the last full batch come before any link failure found while reading.
        if (verifier.HashBatch(batch, verifier._checked) is { } last)
        {
            return last;
        }

        verifier._checked += batch.Count;
        if (verifier._failure is { } linkFailure)
        {
            return linkFailure with { EntriesChecked = verifier._checked };
        }

        return verifier.Finish(head);
    }

    /// <summary>Hashes a batch; runs on one thread at a time, so the single hasher buffer is safe.</summary>
    private AuditVerificationResult? HashBatch(List<StoredAuditRow> rows, long checkedBefore)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (!HashMatches(_hasher, rows[i]))
            {
                return HashFailure(rows[i], checkedBefore + i);
            }
        }

        return null;
    }
}
