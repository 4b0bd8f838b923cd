using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Tests.Model;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndSeedsTheAuditHead()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        await db.Database.MigrateAsync(ct);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        var head = await db.AuditHeads.SingleAsync(ct);
        Assert.Equal((AuditHead.SingletonId, 0L, AuditHead.GenesisHash), (head.Id, head.LastSequence, head.LastHash));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from this provider's last migration snapshot: run the provider's migrations.sh (ADR 0004, 0013).");
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM \"AuditHeads\""));
    }

    [Fact]
    public async Task SqliteConnection_HasTheDurabilityPragmas()
    {
        await using var database = SqliteTestDatabase.Create();
        await database.MigrateAsync();
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
