using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Auditing;

/// <summary>Verifies the stored audit chain (the <c>verify</c> command and the auditors' page).</summary>
public static class AuditTrailVerification
{
    /// <summary>
    /// Streams every entry in sequence order through <see cref="AuditVerifier"/> in constant memory. The
    /// head is read first and only entries up to it are walked: an append committed while the walk runs
    /// moves the head and its entry together, so reading in this order needs no long-lived transaction
    /// (which on SQLite would hold the write lock) and still sees a consistent chain.
    /// </summary>
    public static async Task<AuditVerificationResult> VerifyAuditChainAsync(this WorkflowDmsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.AuditHeads.AsNoTracking()
            .SingleOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken)
            .ConfigureAwait(false);
        var last = head?.LastSequence ?? long.MaxValue;
        var entries = db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence <= last)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();
        return await AuditVerifier.VerifyAsync(entries, head, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads the tracked head for appending; every command that audits calls this once.</summary>
    public static Task<AuditHead> GetAuditHeadAsync(this WorkflowDmsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
    }
}
