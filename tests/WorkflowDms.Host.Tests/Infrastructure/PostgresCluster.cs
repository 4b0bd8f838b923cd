using Npgsql;

namespace WorkflowDms.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for this test process (ADR 0013): Debian's <c>initdb</c> into a temporary
/// directory with trust authentication, <c>pg_ctl start -w</c> on 127.0.0.1 and a free port, one database per
/// fixture, <c>pg_ctl stop -m fast</c> when the process exits. No Docker: the machines have none.
/// Chosen with <c>WORKFLOWDMS_TEST_DB=postgres</c>; SQLite is the default.
/// </summary>
public sealed partial class PostgresCluster
{
    /// <summary>The environment variable that picks the tests' database: <c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public const string SelectorVariable = "WORKFLOWDMS_TEST_DB";

    private static readonly Lazy<PostgresCluster> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresCluster(string directory, int port)
    {
        Directory = directory;
        Port = port;
    }

    /// <summary>True when this test run is on PostgreSQL; an unknown value fails loudly instead of silently testing SQLite.</summary>
    public static bool Selected => Environment.GetEnvironmentVariable(SelectorVariable)?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => false,
        "POSTGRES" or "POSTGRESQL" => true,
        var other => throw new InvalidOperationException($"{SelectorVariable} must be 'sqlite' or 'postgres', not '{other}'."),
    };

    /// <summary>The process's one cluster, started on first use and shared by every fixture (each with its own database).</summary>
    public static PostgresCluster Shared => Instance.Value;

    public string Directory { get; }

    public int Port { get; }

    private string DataDirectory => Path.Combine(Directory, "data");

    private string AdminConnectionString => ConnectionStringFor("postgres") + ";Pooling=false";

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "wdms_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE \"{name}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing the pooled connections that still point at it.</summary>
    public void DropDatabase(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true;Maximum Pool Size=20";

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
