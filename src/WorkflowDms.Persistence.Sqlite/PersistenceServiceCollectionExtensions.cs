using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Providers;

namespace WorkflowDms.Persistence.Sqlite;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Default connection string: a file under <c>data/</c> next to the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=data/workflowdms.db";

    /// <summary>
    /// Registers <see cref="WorkflowDmsDbContext"/> on SQLite. Contexts come from a pool
    /// (<see cref="IDbContextFactory{TContext}"/>, for hosted jobs and the migrator) and the same pool
    /// backs the scoped context a request gets: pooling skips rebuilding the context's services on each
    /// of the ~1,500 intakes a second. The context holds no per-request state, which pooling requires.
    /// </summary>
    public static IServiceCollection AddWorkflowDmsPersistence(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        SqliteDbContextOptions.EnsureDirectory(connectionString);

        services.AddPooledDbContextFactory<WorkflowDmsDbContext>(options => options.UseWorkflowDmsSqlite(connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkflowDmsDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ICommandTransactions, SingleWriterCommandTransactions>();
        return services;
    }
}
