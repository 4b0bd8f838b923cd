using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowDms.Persistence.Sqlite;

/// <summary>The one place that says how WorkflowDms talks to SQLite; used by DI, the design-time factory and tests.</summary>
public static class SqliteDbContextOptions
{
    private static readonly SqlitePragmaInterceptor PragmaInterceptor = new();

    /// <summary>SQLite with this assembly's migrations and the durability pragmas on every connection.</summary>
    public static DbContextOptionsBuilder UseWorkflowDmsSqlite(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDbContextOptions).Assembly.GetName().Name))
            .AddInterceptors(PragmaInterceptor);
    }

    /// <summary>Creates the directory of a file database (e.g. <c>data/</c>) so a fresh checkout starts without a manual step.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
