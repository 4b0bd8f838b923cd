using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Persistence.Tests.Auditing;

public class AuditTrailTests
{
    [Fact]
    public async Task Appends_InSeparateTransactions_FormAVerifiableChain()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 5);

        await using var db = database.NewContext();
        var result = await db.VerifyAuditChainAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(5L, (await db.AuditHeads.SingleAsync(TestContext.Current.CancellationToken)).Version);
    }

    [Fact]
    public async Task TwoConcurrentAppends_SerialiseOnTheHead_OneWinsTheOtherGetsAConcurrencyException()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var headA = await first.GetAuditHeadAsync(ct);
        var headB = await second.GetAuditHeadAsync(ct);
        first.AuditEntries.Add(AuditChain.Append(headA, TestData.Now, AuditActorKinds.User, "u-1", AuditAction.TaskCompleted, "task:1", "/HQ/", "{}"));
        second.AuditEntries.Add(AuditChain.Append(headB, TestData.Now, AuditActorKinds.User, "u-2", AuditAction.TaskCompleted, "task:1", "/HQ/", "{}"));

        await first.SaveChangesAsync(ct);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));

        // The loser retries from a fresh head, as a command would.
        await using var retry = database.NewContext();
        var head = await retry.GetAuditHeadAsync(ct);
        retry.AuditEntries.Add(AuditChain.Append(head, TestData.Now, AuditActorKinds.User, "u-2", AuditAction.TaskCompleted, "task:1", "/HQ/", "{}"));
        await retry.SaveChangesAsync(ct);

        await using var read = database.NewContext();
        var result = await read.VerifyAuditChainAsync(ct);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(["u-1", "u-2"], await read.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Actor).ToListAsync(ct));
    }

    [Fact]
    public async Task ManyParallelWriters_WithRetry_LoseNoEntryAndKeepTheChainValid()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(
            async () =>
            {
                for (var i = 0; i < 10; i++)
                {
                    await AppendWithRetryAsync(database, $"w{writer}", ct);
                }
            },
            ct)));

        await using var db = database.NewContext();
        var result = await db.VerifyAuditChainAsync(ct);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(80, result.EntriesChecked);
    }

    [Fact]
    public async Task Verify_AfterAnUpdateOfOneRowsData_ReportsThatRow()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 10);

        Assert.Equal(1, await database.ExecuteAsync("UPDATE \"AuditEntries\" SET \"DataJson\" = '{\"total\":1}' WHERE \"Sequence\" = 4"));

        var result = await VerifyAsync(database);
        Assert.Equal((AuditBreak.HashMismatch, 4L), (result.Break, result.BrokenAtSequence!.Value));
    }

    [Fact]
    public async Task Verify_AfterDeletingAMiddleRow_ReportsTheGap()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 10);

        await database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 6");

        var result = await VerifyAsync(database);
        Assert.Equal((AuditBreak.SequenceGap, 6L), (result.Break, result.BrokenAtSequence!.Value));
    }

    [Fact]
    public async Task Verify_AfterDeletingTheLastRow_ReportsTheHeadMismatch()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database, 10);

        await database.ExecuteAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 10");

        var result = await VerifyAsync(database);
        Assert.Equal((AuditBreak.HeadMismatch, 10L), (result.Break, result.BrokenAtSequence!.Value));
    }

    internal static async Task<AuditVerificationResult> VerifyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.VerifyAuditChainAsync(TestContext.Current.CancellationToken);
    }

    private static async Task AppendAsync(TestDatabase database, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = database.NewContext();
            var head = await db.GetAuditHeadAsync(TestContext.Current.CancellationToken);
            db.AuditEntries.Add(AuditChain.Append(head, TestData.Now.AddSeconds(i), AuditActorKinds.System, "test", AuditAction.ClaimStatusChanged, $"claim:{i}", "/HQ/R1/", $"{{\"i\":{i}}}"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task AppendWithRetryAsync(TestDatabase database, string actor, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = database.NewContext();
            var head = await db.GetAuditHeadAsync(ct);
            db.AuditEntries.Add(AuditChain.Append(head, TestData.Now, AuditActorKinds.System, actor, AuditAction.TimerFired, "timer:1", "/HQ/", "{}"));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 100)
            {
                // Another writer moved the head first: start over from the new head.
            }
        }
    }
}
