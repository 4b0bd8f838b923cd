namespace WorkflowDms.Persistence.Providers;

/// <summary>
/// For a database with one writer (SQLite): commands queue on an in-process gate and then begin their
/// transaction, which Microsoft.Data.Sqlite begins IMMEDIATE, so the write lock is held from the first read
/// and a command never reads state another command of this process is about to change (ADR 0006).
/// </summary>
public sealed class SingleWriterCommandTransactions : ICommandTransactions, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<CommandTransaction> BeginAsync(WorkflowDmsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new CommandTransaction(transaction, new Release(gate));
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
