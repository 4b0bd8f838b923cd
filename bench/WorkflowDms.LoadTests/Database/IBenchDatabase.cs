using Microsoft.EntityFrameworkCore;

namespace WorkflowDms.LoadTests.Database;

/// <summary>
/// The little the harness needs to know about the host's database, per provider: a fresh empty database,
/// EF options for the setup rows, its size, and the bulk copy of open tasks for the inbox scenario. Everything
/// measured goes over HTTP; this is setup and bookkeeping only.
/// </summary>
internal interface IBenchDatabase
{
    /// <summary>The host's <c>WorkflowDms:Database:Provider</c> value.</summary>
    string Provider { get; }

    /// <summary>The host's <c>ConnectionStrings:WorkflowDms</c>.</summary>
    string ConnectionString { get; }

    /// <summary>Drops whatever the previous run left and leaves an empty database for the host to migrate.</summary>
    Task ResetAsync(CancellationToken cancellationToken);

    void Configure(DbContextOptionsBuilder builder);

    /// <summary>Bytes the database occupies (SQLite: the pages of the file after a WAL checkpoint; PostgreSQL: pg_database_size).</summary>
    Task<long> SizeBytesAsync(CancellationToken cancellationToken);

    Task<long> ScalarAsync(string sql, CancellationToken cancellationToken);

    /// <summary>
    /// Copies the open task <paramref name="templateTaskId"/> (its WorkTasks row and its WorkTaskCandidates rows)
    /// <paramref name="copies"/> times with new task ids and creation times one second apart going back. Column
    /// lists are read from the live schema, so the copy follows schema changes without edits here.
    /// </summary>
    Task CloneTaskAsync(Guid templateTaskId, int copies, CancellationToken cancellationToken);
}
