using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Providers;

namespace WorkflowDms.Persistence.Postgres;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorkflowDmsDbContext"/> on PostgreSQL, shaped like the SQLite registration: a pooled
    /// <see cref="IDbContextFactory{TContext}"/> that also backs the scoped context, the migrator, and the
    /// provider's way for a command to hold the write lock.
    /// </summary>
    public static IServiceCollection AddWorkflowDmsPostgres(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        services.AddPooledDbContextFactory<WorkflowDmsDbContext>(options => options.UseWorkflowDmsPostgres(connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkflowDmsDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<SingleWriterCommandTransactions>();
        services.AddSingleton<ICommandTransactions, PostgresCommandTransactions>();
        return services;
    }
}
