using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkflowDms.LoadTests.Database;

/// <summary>
/// A PostgreSQL database named by the connection string, dropped and created again for each run through the
/// server's <c>postgres</c> database (the role needs CREATEDB). Table and column names are EF Core's defaults,
/// quoted, as the product's PostgreSQL migrations create them.
/// </summary>
internal sealed class PostgresBenchDatabase(string connectionString) : IBenchDatabase
{
    public string Provider => "postgres";

    public string ConnectionString => connectionString;

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("The PostgreSQL connection string names no Database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Configure(DbContextOptionsBuilder builder) => builder.UseNpgsql(connectionString);

    public Task<long> SizeBytesAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT pg_database_size(current_database())", cancellationToken);

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task CloneTaskAsync(Guid templateTaskId, int copies, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var taskColumns = await ColumnsAsync(connection, "WorkTasks", cancellationToken).ConfigureAwait(false);
        var candidateColumns = await ColumnsAsync(connection, "WorkTaskCandidates", cancellationToken).ConfigureAwait(false);
        string Select(IReadOnlyList<string> columns, string idColumn, string alias) => string.Join(", ", columns.Select(c =>
            c == idColumn ? "ids.task_id"
            : c == "CreatedAt" ? $"{alias}.\"CreatedAt\" - ids.n * interval '1 second'"
            : $"{alias}.\"{c}\""));

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"""
            CREATE TEMP TABLE clone_ids ON COMMIT DROP AS SELECT n, gen_random_uuid() AS task_id FROM generate_series(1, {copies}) AS n;
            INSERT INTO "WorkTasks" ({Quote(taskColumns)})
              SELECT {Select(taskColumns, "Id", "t")} FROM clone_ids ids CROSS JOIN "WorkTasks" t WHERE t."Id" = @template;
            INSERT INTO "WorkTaskCandidates" ({Quote(candidateColumns)})
              SELECT {Select(candidateColumns, "TaskId", "c")} FROM clone_ids ids CROSS JOIN "WorkTaskCandidates" c WHERE c."TaskId" = @template;
            """, connection, transaction) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("template", templateTaskId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await using var analyze = new NpgsqlCommand("""ANALYZE "WorkTasks"; ANALYZE "WorkTaskCandidates";""", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            columns.Add(reader.GetString(0));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"Table {table} not found.");
    }

    private static string Quote(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
