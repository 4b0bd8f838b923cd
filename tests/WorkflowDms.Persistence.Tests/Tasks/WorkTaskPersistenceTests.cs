using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Persistence.Tests.Tasks;

public class WorkTaskPersistenceTests
{
    [Fact]
    public async Task WorkTask_RoundTripsWithCandidates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var task = TestData.NewTask(TestData.Now.AddDays(2));
        await using (var db = database.NewContext())
        {
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var loaded = await read.WorkTasks.Include(t => t.Candidates).SingleAsync(t => t.Id == task.Id, ct);

        Assert.Equal((WorkTaskStatus.Open, "claim-review", TestData.Now.AddDays(2), 0), (loaded.Status, loaded.FormKey, loaded.DueAt!.Value, loaded.Version));
        Assert.Equal(["user:u-7", "warranty-reviewers"], loaded.Candidates.Select(c => c.GroupName).Order(StringComparer.Ordinal));
        Assert.All(loaded.Candidates, c => Assert.True(c.IsOpen));
    }

    [Fact]
    public async Task TwoConflictingCompletions_SecondFailsWithConcurrencyException()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var task = TestData.NewTask();
        await using (var db = database.NewContext())
        {
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync(ct);
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.WorkTasks.Include(t => t.Candidates).SingleAsync(t => t.Id == task.Id, ct);
        var b = await second.WorkTasks.Include(t => t.Candidates).SingleAsync(t => t.Id == task.Id, ct);
        a.Complete("u-1", "approve", null, null, TestData.Now);
        b.Complete("u-2", "reject", "EW", null, TestData.Now);

        await first.SaveChangesAsync(ct);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));

        await using var read = database.NewContext();
        var stored = await read.WorkTasks.Include(t => t.Candidates).SingleAsync(t => t.Id == task.Id, ct);
        Assert.Equal(("u-1", "approve", 1), (stored.CompletedBy, stored.Decision, stored.Version));
        Assert.All(stored.Candidates, c => Assert.False(c.IsOpen));
    }

    [Fact]
    public async Task CompletingAStoredCompletedTask_ThrowsInvalidTransition()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var task = TestData.NewTask();
        task.Complete("u-1", "approve", null, null, TestData.Now);
        await using (var db = database.NewContext())
        {
            db.WorkTasks.Add(task);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var loaded = await read.WorkTasks.Include(t => t.Candidates).SingleAsync(t => t.Id == task.Id, ct);

        Assert.Throws<InvalidTransitionException>(() => loaded.Complete("u-1", "approve", null, null, TestData.Now));
    }

    [Fact]
    public async Task InboxQuery_ReturnsOpenTasksOfTheGroupInScopeByDueDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var late = TestData.NewTask(TestData.Now.AddDays(5));
        var soon = TestData.NewTask(TestData.Now.AddDays(1));
        var undated = TestData.NewTask();
        var otherBranch = TestData.NewTask(TestData.Now, "/HQ/R1/B12/D2001/");
        var claimed = TestData.NewTask(TestData.Now);
        claimed.ClaimBy("u-1", TestData.Now);
        await using (var db = database.NewContext())
        {
            db.WorkTasks.AddRange(late, soon, undated, otherBranch, claimed);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.NewContext();
        var page = await read.WorkTaskCandidates
            .Where(c => c.GroupName == "warranty-reviewers" && c.IsOpen && c.OrgPath.StartsWith("/HQ/R1/B11/"))
            .OrderBy(c => c.SortDueAt).ThenBy(c => c.CreatedAt).ThenBy(c => c.TaskId)
            .Select(c => c.TaskId)
            .Take(50)
            .ToListAsync(ct);

        Assert.Equal([soon.Id, late.Id, undated.Id], page);
    }
}
