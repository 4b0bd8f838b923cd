using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence.Tests.Model;

public class UtcDateTimeTests
{
    [Fact]
    public async Task DateTimes_ComeBackAsUtcWithFullPrecision()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        // Every digit the provider keeps: 100 ns on SQLite, 1 µs on PostgreSQL.
        var at = TestData.Now.AddTicks(1_234_567 - (1_234_567 % database.TimeResolutionTicks));
        var task = TestData.NewTask(at.AddDays(1));
        await using (var db = database.NewContext())
        {
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var stored = await read.WorkTasks.Include(t => t.Candidates).SingleAsync(ct);

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.DueAt!.Value.Kind);
        Assert.Equal(at.AddDays(1), stored.DueAt.Value);
        Assert.All(stored.Candidates, c => Assert.Equal((DateTimeKind.Utc, DateTimeKind.Utc), (c.SortDueAt.Kind, c.CreatedAt.Kind)));
    }

    [Fact]
    public async Task LocalDateTime_IsStoredAsItsUtcInstant()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var local = TestData.Now.ToLocalTime();
        var instance = WorkflowInstanceRecord.Start(Guid.NewGuid(), "p", 1, null, "Running", "{}", local);
        await using (var db = database.NewContext())
        {
            db.WorkflowInstances.Add(instance);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var stored = await read.WorkflowInstances.SingleAsync(ct);

        Assert.Equal((TestData.Now, DateTimeKind.Utc), (stored.CreatedAt, stored.CreatedAt.Kind));
    }

    [Fact]
    public async Task DateTimeComparison_RunsInSql()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        db.WorkTasks.AddRange(TestData.NewTask(TestData.Now.AddDays(1)), TestData.NewTask(TestData.Now.AddDays(3)));
        await db.SaveChangesAsync(ct);

        var query = db.WorkTasks.Where(t => t.DueAt < TestData.Now.AddDays(2));

        Assert.Contains("WHERE", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(1, await query.CountAsync(ct));
    }
}
