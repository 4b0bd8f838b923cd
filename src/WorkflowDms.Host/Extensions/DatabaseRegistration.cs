using WorkflowDms.Persistence.Postgres;
using WorkflowDms.Persistence.Providers;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Host.Extensions;

/// <summary>Registers the configured database provider (<c>WorkflowDms:Database:Provider</c>, ADR 0013).</summary>
internal static class DatabaseRegistration
{
    public static IServiceCollection AddWorkflowDmsDatabase(this IServiceCollection services, IConfiguration config)
    {
        var connectionString = config.GetConnectionString("WorkflowDms");
        return DatabaseProviderSetting.Parse(config[DatabaseProviderSetting.Key]) switch
        {
            DatabaseProvider.Postgres => services.AddWorkflowDmsPostgres(connectionString
                ?? throw new InvalidOperationException("ConnectionStrings:WorkflowDms is required when the provider is postgres.")),
            _ => services.AddWorkflowDmsPersistence(connectionString ?? PersistenceServiceCollectionExtensions.DefaultConnectionString),
        };
    }
}
