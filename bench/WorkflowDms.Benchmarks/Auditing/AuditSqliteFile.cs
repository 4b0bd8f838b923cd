using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Benchmarks.Auditing;

/// <summary>
/// A migrated SQLite file in the temp folder holding a valid audit chain, deleted on dispose (with its WAL files).
/// The minimum of the persistence tests' SqliteTestDatabase and bulk append, copied so no test project is referenced.
/// </summary>
internal sealed class AuditSqliteFile : IDisposable
{
    private AuditSqliteFile(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Migrates a new file and appends <paramref name="count"/> chained entries in one transaction.</summary>
    public static AuditSqliteFile Create(int count)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workflowdms-bench");
        Directory.CreateDirectory(directory);
        var file = new AuditSqliteFile(System.IO.Path.Combine(directory, $"{Guid.NewGuid():N}.db"));
        using (var db = file.NewContext())
        {
            db.Database.Migrate();
        }

        file.BulkAppend(count);
        return file;
    }

    /// <summary>A context configured the way the host configures it (same pragmas and migrations assembly).</summary>
    public WorkflowDmsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsSqlite(ConnectionString);
        return new WorkflowDmsDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }

    /// <summary>Straight through ADO.NET in one transaction: EF would take minutes for a million rows.</summary>
    private void BulkAppend(int count)
    {
        var head = AuditHead.Genesis();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO AuditEntries (Sequence, At, ActorKind, Actor, Action, Subject, OrgPath, DataJson, PreviousHash, Hash)
            VALUES ($s, $at, $ak, $a, $act, $sub, $org, $data, $prev, $hash)
            """;
        var p = new[] { "$s", "$at", "$ak", "$a", "$act", "$sub", "$org", "$data", "$prev", "$hash" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        insert.Prepare();

        for (var i = 0; i < count; i++)
        {
            var e = BenchmarkAuditChain.Append(head, i);
            p[0].Value = e.Sequence;
            p[1].Value = e.At.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            p[2].Value = e.ActorKind;
            p[3].Value = e.Actor;
            p[4].Value = e.Action.ToString();
            p[5].Value = e.Subject;
            p[6].Value = e.OrgPath;
            p[7].Value = e.DataJson;
            p[8].Value = e.PreviousHash;
            p[9].Value = e.Hash;
            insert.ExecuteNonQuery();
        }

        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE AuditHeads SET LastSequence = $s, LastHash = $h, Version = Version + 1 WHERE Id = 1";
        update.Parameters.AddWithValue("$s", head.LastSequence);
        update.Parameters.AddWithValue("$h", head.LastHash);
        update.ExecuteNonQuery();
        transaction.Commit();
    }
}
