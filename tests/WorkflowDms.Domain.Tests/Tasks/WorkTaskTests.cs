using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Domain.Tests.Tasks;

public class WorkTaskTests
{
    [Fact]
    public void Create_CopiesInboxColumnsToEveryCandidate()
    {
        var task = WorkTask.Create(Guid.NewGuid(), TestData.TaskDraft(), TestData.Now);

        Assert.Equal(["warranty-reviewers", "warranty-leads", "user:u-7"], task.Candidates.Select(c => c.GroupName));
        Assert.All(task.Candidates, c =>
        {
            Assert.Equal(task.Id, c.TaskId);
            Assert.True(c.IsOpen);
            Assert.Equal(task.OrgPath, c.OrgPath);
            Assert.Equal(task.DueAt, c.SortDueAt);
            Assert.Equal(task.CreatedAt, c.CreatedAt);
        });
    }

    [Fact]
    public void Create_WithAssignee_StartsClaimedAndOutOfGroupInboxes()
    {
        var task = WorkTask.Create(Guid.NewGuid(), TestData.TaskDraft(assignee: "u-5"), TestData.Now);

        Assert.Equal((WorkTaskStatus.Claimed, "u-5", TestData.Now), (task.Status, task.Assignee, task.ClaimedAt!.Value));
        Assert.All(task.Candidates, c => Assert.False(c.IsOpen));
    }

    [Fact]
    public void Create_DuplicateGroups_AreStoredOnce()
    {
        var draft = TestData.TaskDraft() with { CandidateGroups = ["a", "a", "b"], CandidateUsers = [] };

        var task = WorkTask.Create(Guid.NewGuid(), draft, TestData.Now);

        Assert.Equal(["a", "b"], task.Candidates.Select(c => c.GroupName));
    }

    [Fact]
    public void Reschedule_ToNoDueDate_SortsLast()
    {
        var task = WorkTask.Create(Guid.NewGuid(), TestData.TaskDraft(), TestData.Now);

        task.Reschedule(null);

        Assert.All(task.Candidates, c => Assert.Equal(WorkTaskCandidate.NoDueDate, c.SortDueAt));
    }

    [Theory]
    [InlineData("u-7", new string[0], true)]
    [InlineData("u-1", new[] { "warranty-leads" }, true)]
    [InlineData("u-1", new[] { "credit-controllers" }, false)]
    public void IsCandidate_MatchesGroupsAndCandidateUsers(string userId, string[] groups, bool expected)
    {
        var task = WorkTask.Create(Guid.NewGuid(), TestData.TaskDraft(), TestData.Now);

        Assert.Equal(expected, task.IsCandidate(userId, groups));
    }
}
