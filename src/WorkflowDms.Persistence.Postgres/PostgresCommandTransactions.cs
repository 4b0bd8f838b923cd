using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence.Providers;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>
/// A command's transaction on PostgreSQL (ADR 0013): first this process's gate, then a row lock on the audit
/// head, which every command moves anyway. The lock is the cross-host counterpart of SQLite's IMMEDIATE
/// transaction: commands from any number of hosts run one at a time with the real head, and a check-then-insert
/// (idempotency keys, document numbers) cannot race. The in-process gate keeps waiting commands from each
/// holding a pooled connection while they queue on the lock.
/// </summary>
internal sealed class PostgresCommandTransactions(SingleWriterCommandTransactions local) : ICommandTransactions
{
    public async Task<CommandTransaction> BeginAsync(WorkflowDmsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = await local.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlAsync(
                    $"""SELECT 1 FROM "AuditHeads" WHERE "Id" = {AuditHead.SingletonId} FOR UPDATE""", cancellationToken)
                .ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
