using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Postgres;
using WorkflowDms.Persistence.Providers;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Cli.Commands;

/// <summary>
/// The persistence services the database commands need, on the given connection string and the provider the
/// host would use (<c>WorkflowDms__Database__Provider</c> in the environment, SQLite when unset).
/// </summary>
internal static class DatabaseServices
{
    public static ServiceProvider Create(string connectionString)
    {
        var services = new ServiceCollection();
        _ = Provider() switch
        {
            DatabaseProvider.Postgres => services.AddWorkflowDmsPostgres(connectionString),
            _ => services.AddWorkflowDmsPersistence(connectionString),
        };
        return services.BuildServiceProvider();
    }

    private static DatabaseProvider Provider()
    {
        try
        {
            return DatabaseProviderSetting.Parse(Environment.GetEnvironmentVariable("WorkflowDms__Database__Provider"));
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
