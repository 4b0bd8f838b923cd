using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Persistence.Tests;

/// <summary>A migrated SQLite file of its own per test, deleted afterwards (with its WAL files).</summary>
internal sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public string Path { get; }

    public override string ConnectionString { get; }

    public override long TimeResolutionTicks => 1;

    public override string SortStep => "TEMP B-TREE";

    /// <summary>A SQLite database whatever this run's provider, for what only SQLite has (pragmas, its schema text).</summary>
    public static SqliteTestDatabase Create()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workflowdms-tests");
        Directory.CreateDirectory(directory);
        return new SqliteTestDatabase(System.IO.Path.Combine(directory, $"{Guid.NewGuid():N}.db"));
    }

    public override WorkflowDmsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsSqlite(ConnectionString);
        return new WorkflowDmsDbContext(options.Options);
    }

    public override IServiceCollection AddPersistence(IServiceCollection services) => services.AddWorkflowDmsPersistence(ConnectionString);

    public override async Task<(bool Unique, string Columns)> DescribeIndexAsync(string table, string index)
    {
        var unique = await ScalarAsync($"SELECT \"unique\" FROM pragma_index_list('{table}') WHERE name = '{index}'");
        Assert.NotNull(unique);
        var columns = await ReadColumnAsync($"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno");
        return ((long)unique == 1, string.Join(',', columns));
    }

    public override async Task<(bool PrimaryKey, bool Generated)> DescribeKeyColumnAsync(string table, string column)
    {
        var sql = (string)(await ScalarAsync($"SELECT sql FROM sqlite_master WHERE name = '{table}'"))!;
        var primaryKey = sql.Contains($"\"{column}\" INTEGER NOT NULL CONSTRAINT \"PK_{table}\" PRIMARY KEY", StringComparison.Ordinal);
        return (primaryKey, sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase));
    }

    public override async Task<IReadOnlyList<string>> ExplainAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }

        return ValueTask.CompletedTask;
    }

    protected override DbConnection NewConnection() => new SqliteConnection(ConnectionString);
}
