using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Persistence.Tests;

/// <summary>A migrated SQLite file of its own per test, deleted afterwards (with its WAL files).</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(bool migrate = true)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workflowdms-tests");
        Directory.CreateDirectory(directory);
        var database = new SqliteTestDatabase(System.IO.Path.Combine(directory, $"{Guid.NewGuid():N}.db"));
        if (migrate)
        {
            await using var db = database.NewContext();
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        return database;
    }

    public WorkflowDmsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsSqlite(ConnectionString);
        return new WorkflowDmsDbContext(options.Options);
    }

    public async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public async Task<long> ExecuteAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
