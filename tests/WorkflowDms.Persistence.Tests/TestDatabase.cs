using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Persistence.Tests;

/// <summary>
/// A database of its own per test on the provider this run is for: SQLite by default, PostgreSQL with
/// <c>WORKFLOWDMS_TEST_DB=postgres</c> (a database in the process's throwaway cluster). The few things that
/// are asked differently per provider (index catalogue, query plans) are answered by the subclasses.
/// </summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    public abstract string ConnectionString { get; }

    /// <summary>The smallest step of time the provider stores: 100 ns as SQLite's text, 1 µs in PostgreSQL's timestamptz.</summary>
    public abstract long TimeResolutionTicks { get; }

    /// <summary>What a query plan says when the database sorts rows itself instead of reading them in index order.</summary>
    public abstract string SortStep { get; }

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        TestDatabase database = PostgresCluster.Selected ? PostgresTestDatabase.Create() : SqliteTestDatabase.Create();
        if (migrate)
        {
            await database.MigrateAsync();
        }

        return database;
    }

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public abstract WorkflowDmsDbContext NewContext();

    /// <summary>Registers this provider's persistence services on this database, as the host would.</summary>
    public abstract IServiceCollection AddPersistence(IServiceCollection services);

    /// <summary>Whether the index is unique and its columns in order.</summary>
    public abstract Task<(bool Unique, string Columns)> DescribeIndexAsync(string table, string index);

    /// <summary>Whether the column is the table's whole primary key, and whether the database generates its values.</summary>
    public abstract Task<(bool PrimaryKey, bool Generated)> DescribeKeyColumnAsync(string table, string column);

    /// <summary>The steps of the plan the database would use for <paramref name="sql"/>.</summary>
    public abstract Task<IReadOnlyList<string>> ExplainAsync(string sql);

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

    public async Task<DbConnection> OpenRawAsync()
    {
        var connection = NewConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public abstract ValueTask DisposeAsync();

    protected abstract DbConnection NewConnection();

    protected async Task<List<string>> ReadColumnAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
