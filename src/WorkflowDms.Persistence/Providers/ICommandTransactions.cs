namespace WorkflowDms.Persistence.Providers;

/// <summary>
/// How a command gets the database's write lock for its one transaction (ADR 0006, 0013). Each provider
/// registers its own: SQLite queues commands on an in-process gate (one writer per file), PostgreSQL takes a
/// row lock that every host on the database respects. The command runner stays free of provider knowledge.
/// </summary>
public interface ICommandTransactions
{
    /// <summary>Begins the command's transaction on <paramref name="db"/>, holding the write lock until it ends.</summary>
    Task<CommandTransaction> BeginAsync(WorkflowDmsDbContext db, CancellationToken cancellationToken);
}
