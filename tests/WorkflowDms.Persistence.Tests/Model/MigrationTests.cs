using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Tests.Model;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyFile_AppliesEveryMigrationAndSeedsTheAuditHead()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        await db.Database.MigrateAsync(ct);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(ct), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        var head = await db.AuditHeads.SingleAsync(ct);
        Assert.Equal((AuditHead.SingletonId, 0L, AuditHead.GenesisHash), (head.Id, head.LastSequence, head.LastHash));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the last migration's snapshot: add a migration (see WorkflowDmsDbContext remarks).");
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.NewContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM AuditHeads"));
    }

    [Fact]
    public async Task Connection_HasTheDurabilityPragmas()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        await db.Database.OpenConnectionAsync(ct);

        Assert.Equal("wal", await Pragma(db, "journal_mode", ct));
        Assert.Equal(2L, await Pragma(db, "synchronous", ct)); // FULL
        Assert.Equal(5000L, await Pragma(db, "busy_timeout", ct));
        Assert.Equal(1L, await Pragma(db, "foreign_keys", ct));
    }

    private static async Task<object?> Pragma(WorkflowDmsDbContext db, string name, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync(ct);
    }
}
