using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.LoadTests.Database;

/// <summary>A SQLite file on a real disk (not tmpfs), so the host's synchronous=FULL commits really fsync.</summary>
internal sealed class SqliteBenchDatabase(string file) : IBenchDatabase
{
    public string Provider => "sqlite";

    public string ConnectionString => $"Data Source={file}";

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public void Configure(DbContextOptionsBuilder builder) => builder.UseWorkflowDmsSqlite(ConnectionString);

    public async Task<long> SizeBytesAsync(CancellationToken cancellationToken)
    {
        await ScalarAsync("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken).ConfigureAwait(false);
        var pages = await ScalarAsync("PRAGMA page_count", cancellationToken).ConfigureAwait(false);
        var free = await ScalarAsync("PRAGMA freelist_count", cancellationToken).ConfigureAwait(false);
        var size = await ScalarAsync("PRAGMA page_size", cancellationToken).ConfigureAwait(false);
        return (pages - free) * size;
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task CloneTaskAsync(Guid templateTaskId, int copies, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var taskColumns = await ColumnsAsync(connection, "WorkTasks", cancellationToken).ConfigureAwait(false);
        var candidateColumns = await ColumnsAsync(connection, "WorkTaskCandidates", cancellationToken).ConfigureAwait(false);
        var template = templateTaskId.ToString().ToUpperInvariant();

        // EF Core stores a Guid as upper-case text and a DateTime as 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
        const string NewGuid = "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
            + "substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
        string Select(IReadOnlyList<string> columns, string idColumn, string alias) => string.Join(", ", columns.Select(c =>
            c == idColumn ? "ids.TaskId"
            : c == "CreatedAt" ? $"strftime('%Y-%m-%d %H:%M:%f', {alias}.\"CreatedAt\", '-' || ids.N || ' seconds')"
            : $"{alias}.\"{c}\""));

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            CREATE TEMP TABLE CloneIds (N INTEGER PRIMARY KEY, TaskId TEXT NOT NULL);
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {copies})
            INSERT INTO CloneIds (N, TaskId) SELECT n, {NewGuid} FROM seq;
            INSERT INTO "WorkTasks" ({Quote(taskColumns)})
              SELECT {Select(taskColumns, "Id", "t")} FROM CloneIds ids CROSS JOIN "WorkTasks" t WHERE t."Id" = '{template}';
            INSERT INTO "WorkTaskCandidates" ({Quote(candidateColumns)})
              SELECT {Select(candidateColumns, "TaskId", "c")} FROM CloneIds ids CROSS JOIN "WorkTaskCandidates" c WHERE c."TaskId" = '{template}';
            DROP TABLE CloneIds;
            """, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString + ";Default Timeout=60");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            columns.Add(reader.GetString(0));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"Table {table} not found.");
    }

    private static string Quote(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
