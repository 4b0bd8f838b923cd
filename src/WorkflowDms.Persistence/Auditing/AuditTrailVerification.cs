using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Auditing;

/// <summary>Verifies the stored audit chain (the <c>verify</c> command and the auditors' page).</summary>
public static class AuditTrailVerification
{
    // Plain ADO.NET instead of an EF query: at a million rows, entity materialisation and the enum
    // round-trip cost more than the hashing. Double-quoted identifiers work on SQLite and PostgreSQL.
    private const string SelectEntries = """
        SELECT "Sequence", "At", "ActorKind", "Actor", "Action", "Subject", "OrgPath", "DataJson", "PreviousHash", "Hash"
        FROM "AuditEntries" WHERE "Sequence" <= @last ORDER BY "Sequence"
        """;

    /// <summary>
    /// Streams every entry in sequence order through <see cref="AuditVerifier"/> in constant memory. The
    /// head is read first and only entries up to it are walked: an append committed while the walk runs
    /// moves the head and its entry together, so reading in this order needs no long-lived transaction
    /// (which on SQLite would hold the write lock) and still sees a consistent chain.
    /// </summary>
    public static async Task<AuditVerificationResult> VerifyAuditChainAsync(this WorkflowDmsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.AuditHeads.AsNoTracking()
            .SingleOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken)
            .ConfigureAwait(false);

        return await AuditVerifier.VerifyAsync(ReadRowsAsync(db, head?.LastSequence ?? long.MaxValue, cancellationToken), head, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Loads the tracked head for appending; every command that audits calls this once.</summary>
    public static Task<AuditHead> GetAuditHeadAsync(this WorkflowDmsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
    }

    private static async IAsyncEnumerable<StoredAuditRow> ReadRowsAsync(WorkflowDmsDbContext db, long lastSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = SelectEntries;
                var last = command.CreateParameter();
                last.ParameterName = "@last";
                last.Value = lastSequence;
                command.Parameters.Add(last);

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var textTimes = reader.GetFieldType(1) == typeof(string);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return new StoredAuditRow(
                            reader.GetInt64(0),
                            textTimes ? StoredDateTimeText.ParseUtc(reader.GetString(1)) : DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                            reader.GetString(2),
                            reader.GetString(3),
                            reader.GetString(4),
                            reader.GetString(5),
                            reader.GetString(6),
                            reader.GetString(7),
                            reader.GetString(8),
                            reader.GetString(9));
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
