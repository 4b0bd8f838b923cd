using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence.Postgres;

namespace WorkflowDms.Persistence.Tests;

/// <summary>A database of its own per test in the process's throwaway cluster, dropped afterwards.</summary>
internal sealed class PostgresTestDatabase : TestDatabase
{
    private PostgresTestDatabase(string connectionString) => ConnectionString = connectionString;

    public override string ConnectionString { get; }

    public override long TimeResolutionTicks => 10;

    public override string SortStep => "Sort";

    public static PostgresTestDatabase Create() => new(PostgresCluster.Shared.CreateDatabase());

    public override WorkflowDmsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsPostgres(ConnectionString);
        return new WorkflowDmsDbContext(options.Options);
    }

    public override IServiceCollection AddPersistence(IServiceCollection services) => services.AddWorkflowDmsPostgres(ConnectionString);

    public override async Task<(bool Unique, string Columns)> DescribeIndexAsync(string table, string index)
    {
        var unique = await ScalarAsync($"""
            SELECT i.indisunique FROM pg_index i
            JOIN pg_class ix ON ix.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE ix.relname = '{index}' AND t.relname = '{table}'
            """);
        Assert.NotNull(unique);
        var columns = await ReadColumnAsync($"""
            SELECT a.attname::text FROM pg_index i
            JOIN pg_class ix ON ix.oid = i.indexrelid
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE ix.relname = '{index}' ORDER BY k.position
            """);
        return ((bool)unique, string.Join(',', columns));
    }

    public override async Task<(bool PrimaryKey, bool Generated)> DescribeKeyColumnAsync(string table, string column)
    {
        var (unique, columns) = await DescribeIndexAsync(table, $"PK_{table}");
        var generated = await ScalarAsync($"""
            SELECT is_identity = 'YES' OR column_default IS NOT NULL FROM information_schema.columns
            WHERE table_name = '{table}' AND column_name = '{column}'
            """);
        return (unique && columns == column, (bool)generated!);
    }

    /// <summary>
    /// The plan with sequential scans priced out: an empty test table would otherwise be scanned whole, which says
    /// nothing about a million rows. What is asked is whether an index can serve the query in its order.
    /// </summary>
    public override async Task<IReadOnlyList<string>> ExplainAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    }

    public override ValueTask DisposeAsync()
    {
        PostgresCluster.Shared.DropDatabase(ConnectionString);
        return ValueTask.CompletedTask;
    }

    protected override DbConnection NewConnection() => new NpgsqlConnection(ConnectionString);
}
