using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>The one place that says how WorkflowDms talks to PostgreSQL; used by DI, the design-time factory and tests.</summary>
public static class PostgresDbContextOptions
{
    /// <summary>
    /// PostgreSQL with this assembly's migrations, ordinal ("C") collation on every text column, and the
    /// translations the shared queries need beyond Npgsql's own.
    /// </summary>
    public static DbContextOptionsBuilder UseWorkflowDmsPostgres(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDbContextOptions).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, OrdinalCollationModelCustomizer>();
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new PostgresQueryExtension());
        return builder;
    }
}
