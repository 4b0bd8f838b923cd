using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Domain.Tests.Tasks;

public class WorkTaskLifecycleTests
{
    private static readonly Dictionary<(WorkTaskStatus From, WorkTaskTrigger Trigger), WorkTaskStatus> Legal = new()
    {
        [(WorkTaskStatus.Open, WorkTaskTrigger.Claim)] = WorkTaskStatus.Claimed,
        [(WorkTaskStatus.Open, WorkTaskTrigger.Complete)] = WorkTaskStatus.Completed,
        [(WorkTaskStatus.Open, WorkTaskTrigger.Cancel)] = WorkTaskStatus.Cancelled,
        [(WorkTaskStatus.Claimed, WorkTaskTrigger.Unclaim)] = WorkTaskStatus.Open,
        [(WorkTaskStatus.Claimed, WorkTaskTrigger.Delegate)] = WorkTaskStatus.Claimed,
        [(WorkTaskStatus.Claimed, WorkTaskTrigger.Complete)] = WorkTaskStatus.Completed,
        [(WorkTaskStatus.Claimed, WorkTaskTrigger.Cancel)] = WorkTaskStatus.Cancelled,
    };

    public static TheoryData<WorkTaskStatus, WorkTaskTrigger> LegalMoves()
    {
        var data = new TheoryData<WorkTaskStatus, WorkTaskTrigger>();
        foreach (var (from, trigger) in Legal.Keys)
        {
            data.Add(from, trigger);
        }

        return data;
    }

    public static TheoryData<WorkTaskStatus, WorkTaskTrigger> IllegalMoves()
    {
        var data = new TheoryData<WorkTaskStatus, WorkTaskTrigger>();
        foreach (var from in Enum.GetValues<WorkTaskStatus>())
        {
            foreach (var trigger in Enum.GetValues<WorkTaskTrigger>())
            {
                if (!Legal.ContainsKey((from, trigger)))
                {
                    data.Add(from, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Fire_LegalMove_ReachesTargetAndKeepsCandidatesInSync(WorkTaskStatus from, WorkTaskTrigger trigger)
    {
        var task = TestData.TaskIn(from);

        Fire(task, trigger);

        var to = Legal[(from, trigger)];
        Assert.Equal(to, task.Status);
        Assert.All(task.Candidates, c => Assert.Equal(to == WorkTaskStatus.Open, c.IsOpen));
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Fire_IllegalMove_ThrowsInvalidTransitionAndChangesNothing(WorkTaskStatus from, WorkTaskTrigger trigger)
    {
        var task = TestData.TaskIn(from);
        var before = (task.Status, task.Assignee, task.CompletedAt, task.Decision);

        var error = Assert.Throws<InvalidTransitionException>(() => Fire(task, trigger));

        Assert.Equal((nameof(WorkTask), task.Id, from.ToString(), trigger.ToString()), (error.EntityType, error.EntityId, error.FromState, error.Trigger));
        Assert.Equal(before, (task.Status, task.Assignee, task.CompletedAt, task.Decision));
    }

    [Fact]
    public void Table_CoversEveryStatusAndTrigger() =>
        Assert.Equal(Enum.GetValues<WorkTaskStatus>().Length * Enum.GetValues<WorkTaskTrigger>().Length, LegalMoves().Count + IllegalMoves().Count);

    [Fact]
    public void Complete_Twice_ThrowsInvalidTransition()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Claimed);
        task.Complete("u-1", "approve", null, null, TestData.Now);

        Assert.Throws<InvalidTransitionException>(() => task.Complete("u-1", "approve", null, null, TestData.Now));
    }

    [Fact]
    public void Complete_ClaimedByAnother_IsAConflict()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Claimed);

        var error = Assert.Throws<ConflictException>(() => task.Complete("u-2", "approve", null, null, TestData.Now));

        Assert.Equal("task-claimed-by-other", error.Code);
        Assert.Equal(WorkTaskStatus.Claimed, task.Status);
    }

    [Fact]
    public void Complete_OpenTask_CompleterBecomesAssignee()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Open);
        var at = TestData.Now.AddHours(3);

        task.Complete("u-9", "reject", "EW", "out of coverage", at);

        Assert.Equal((WorkTaskStatus.Completed, "u-9", "u-9", at), (task.Status, task.Assignee, task.CompletedBy, task.CompletedAt));
        Assert.Equal(("reject", "EW", "out of coverage"), (task.Decision, task.ReasonCode, task.Comment));
    }

    [Fact]
    public void Unclaim_ByAnotherUser_IsAConflict()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Claimed);

        Assert.Throws<ConflictException>(() => task.Unclaim("u-2"));
        Assert.Equal("u-1", task.Assignee);
    }

    [Fact]
    public void Unclaim_ByAssignee_ReopensForCandidates()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Claimed);

        task.Unclaim("u-1");

        Assert.Null(task.Assignee);
        Assert.Null(task.ClaimedAt);
        Assert.All(task.Candidates, c => Assert.True(c.IsOpen));
    }

    [Fact]
    public void Delegate_MovesTheTaskToTheNewUser()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Claimed);

        task.Delegate("u-1", "u-3", TestData.Now.AddMinutes(5));

        Assert.Equal(("u-3", WorkTaskStatus.Claimed), (task.Assignee, task.Status));
        Assert.Throws<ConflictException>(() => task.Complete("u-1", "approve", null, null, TestData.Now));
    }

    [Fact]
    public void Cancel_RecordsReasonAndEndTime()
    {
        var task = TestData.TaskIn(WorkTaskStatus.Open);

        task.Cancel("boundary-timer", TestData.Now.AddDays(3));

        Assert.Equal(("boundary-timer", TestData.Now.AddDays(3)), (task.ReasonCode, task.CompletedAt!.Value));
    }

    internal static void Fire(WorkTask task, WorkTaskTrigger trigger)
    {
        var now = TestData.Now.AddHours(1);
        switch (trigger)
        {
            case WorkTaskTrigger.Claim: task.ClaimBy("u-1", now); break;
            case WorkTaskTrigger.Unclaim: task.Unclaim("u-1"); break;
            case WorkTaskTrigger.Delegate: task.Delegate("u-1", "u-2", now); break;
            case WorkTaskTrigger.Complete: task.Complete("u-1", "approve", null, null, now); break;
            case WorkTaskTrigger.Cancel: task.Cancel("escalated", now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
