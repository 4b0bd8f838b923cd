using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WorkflowDms.Domain;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence;

/// <summary>
/// Saving: version counters, and the audit head moved before anything else is written.
/// </summary>
public sealed partial class WorkflowDmsDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        IncrementVersions();
        var head = ModifiedAuditHead();
        if (head is null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        try
        {
            MoveAuditHead(head);
            var written = base.SaveChanges(acceptAllChangesOnSuccess) + 1;
            own?.Commit();
            return written;
        }
        finally
        {
            own?.Dispose();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        IncrementVersions();
        var head = ModifiedAuditHead();
        if (head is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            await MoveAuditHeadAsync(head, cancellationToken).ConfigureAwait(false);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false) + 1;
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Bumps the counter of every modified versioned entity. EF compares the original value in the
    /// UPDATE's WHERE clause, so a writer that loaded an older version updates no row and gets a
    /// <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private void IncrementVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property<int>(nameof(IVersioned.Version));
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    private EntityEntry<AuditHead>? ModifiedAuditHead()
    {
        foreach (var entry in ChangeTracker.Entries<AuditHead>())
        {
            if (entry.State == EntityState.Modified)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Updates the head row first, inside the save's transaction. EF would otherwise insert the new
    /// audit entries first (it orders independent commands by table), and a concurrent appender would
    /// then fail on the entries' primary key (a plain <see cref="DbUpdateException"/>) instead of on the
    /// head's version. Updating the head first makes the loser wait for the winner's lock, find the
    /// version moved, and get a <see cref="DbUpdateConcurrencyException"/> that its command retries.
    /// </summary>
    private void MoveAuditHead(EntityEntry<AuditHead> head)
    {
        var (original, sequence, hash) = HeadValues(head);
        var rows = AuditHeads
            .Where(h => h.Id == AuditHead.SingletonId && h.Version == original)
            .ExecuteUpdate(s => s
                .SetProperty(h => h.LastSequence, sequence)
                .SetProperty(h => h.LastHash, hash)
                .SetProperty(h => h.Version, original + 1));
        AcceptHead(head, rows);
    }

    private async Task MoveAuditHeadAsync(EntityEntry<AuditHead> head, CancellationToken cancellationToken)
    {
        var (original, sequence, hash) = HeadValues(head);
        var rows = await AuditHeads
            .Where(h => h.Id == AuditHead.SingletonId && h.Version == original)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(h => h.LastSequence, sequence)
                    .SetProperty(h => h.LastHash, hash)
                    .SetProperty(h => h.Version, original + 1),
                cancellationToken)
            .ConfigureAwait(false);
        AcceptHead(head, rows);
    }

    private static (int Original, long Sequence, string Hash) HeadValues(EntityEntry<AuditHead> head) =>
        (head.Property(h => h.Version).OriginalValue, head.Entity.LastSequence, head.Entity.LastHash);

    private static void AcceptHead(EntityEntry<AuditHead> head, int rows)
    {
        if (rows != 1)
        {
            throw new DbUpdateConcurrencyException("The audit head was moved by another transaction; reload it and append again.");
        }

        head.OriginalValues.SetValues(head.CurrentValues);
        head.State = EntityState.Unchanged;
    }
}
