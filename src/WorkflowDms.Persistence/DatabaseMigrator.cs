using Microsoft.EntityFrameworkCore;

namespace WorkflowDms.Persistence;

/// <summary>
/// Brings the database to the latest migration of the configured provider at start-up (and from the
/// command line). Takes the factory, not a context, so a hosted service or the CLI can call it outside
/// any request scope.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<WorkflowDmsDbContext> contextFactory)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Migrations defined in the provider's assembly but not yet applied.</summary>
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        }
    }
}
