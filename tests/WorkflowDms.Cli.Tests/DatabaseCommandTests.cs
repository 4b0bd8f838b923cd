using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Cli.Tests;

/// <summary><c>wdms db migrate</c> and <c>wdms audit verify</c> against a real SQLite file.</summary>
public sealed class DatabaseCommandTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("wdms-cli-db-").FullName;

    private string Connection => $"Data Source={Path.Combine(scratch, "cli.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public async Task Migrate_ThenVerify_EmptyChainIsValid_ThenUpToDate()
    {
        var (migrated, output, _) = await CliRunner.RunAsync("db", "migrate", "--connection", Connection);
        Assert.Equal(0, migrated);
        Assert.Contains("applied", output, StringComparison.Ordinal);

        var (again, upToDate, _) = await CliRunner.RunAsync("db", "migrate", "--connection", Connection);
        Assert.Equal(0, again);
        Assert.Contains("up to date", upToDate, StringComparison.Ordinal);

        var (verified, verdict, _) = await CliRunner.RunAsync("audit", "verify", "--connection", Connection);
        Assert.Equal(0, verified);
        Assert.StartsWith("VALID 0 entries", verdict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE AuditEntries SET DataJson = '{\"total\":1}' WHERE Sequence = 2", 2)]
    [InlineData("DELETE FROM AuditEntries WHERE Sequence = 2", 2)]
    [InlineData("DELETE FROM AuditEntries WHERE Sequence = 3", 3)]
    public async Task Verify_EditedOrDeletedEntry_IsInvalidAtThatSequence(string tamper, long brokenAt)
    {
        await CliRunner.RunAsync("db", "migrate", "--connection", Connection);
        await AppendEntriesAsync(3);
        var (valid, before, _) = await CliRunner.RunAsync("audit", "verify", "--connection", Connection);
        Assert.Equal(0, valid);
        Assert.StartsWith("VALID 3 entries", before, StringComparison.Ordinal);

        await using (var connection = new SqliteConnection(Connection))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = tamper;
            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var (code, after, _) = await CliRunner.RunAsync("audit", "verify", "--connection", Connection);
        Assert.Equal(1, code);
        Assert.StartsWith($"INVALID at sequence {brokenAt}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnmigratedDatabase_SaysSo()
    {
        var (code, output, _) = await CliRunner.RunAsync("audit", "verify", "--connection", Connection);

        Assert.Equal(1, code);
        Assert.Contains("not migrated", output, StringComparison.Ordinal);
    }

    private async Task AppendEntriesAsync(int count)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        builder.UseWorkflowDmsSqlite(Connection);
        var options = builder.Options;
        await using var db = new WorkflowDmsDbContext(options);
        var head = await db.AuditHeads.SingleAsync(TestContext.Current.CancellationToken);
        for (var i = 1; i <= count; i++)
        {
            db.AuditEntries.Add(AuditChain.Append(head, new DateTime(2026, 11, 23, 9, 0, i, DateTimeKind.Utc), "user", "tester", AuditAction.ClaimSubmitted, $"claim:{i}", "/HQ/", "{\"total\":116}"));
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Audit_WithWrongArguments_IsUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("audit", "verify", "--bogus");

        Assert.Equal(2, code);
        Assert.Contains("unexpected arguments", error, StringComparison.Ordinal);
    }
}
