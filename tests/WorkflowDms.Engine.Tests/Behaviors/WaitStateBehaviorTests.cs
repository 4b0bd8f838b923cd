using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

/// <summary>Receive tasks, intermediate timer and message catch events, user-task attributes, pass-through tasks.</summary>
public sealed class WaitStateBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Deliver_ReceiveTask_MergesPayloadAndMovesOn()
    {
        _engine.Start(_engine.Deploy("ReceiveTaskBehaviorTests.Wait.bpmn"));
        Assert.Equal("message:parts-received:case-1", Assert.Single(_engine.Bookmarks).Key);

        var result = _engine.Deliver("parts-received", new Dictionary<string, object?> { ["partNumber"] = "A-1" });

        Assert.Equal(["inspect"], _engine.OpenElements());
        Assert.Equal("A-1", result.State.Variables["partNumber"]);
    }

    [Fact]
    public void FireTimer_CatchEvents_DurationFromExpressionThenFixedDate()
    {
        _engine.Start(_engine.Deploy("IntermediateCatchEventBehaviorTests.Timers.bpmn"), new Dictionary<string, object?> { ["coolingPeriod"] = "P3D" });
        Assert.Equal(_engine.Time.GetUtcNow().AddDays(3), Assert.Single(_engine.Bookmarks).DueAt);

        _engine.FireTimer("cooling");
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(_engine.Bookmarks).DueAt);
        _engine.FireTimer("until");
        var result = _engine.Deliver("go");

        Assert.Equal(InstanceStatus.Completed, result.Status);
    }

    [Fact]
    public void Start_UserTaskAttributes_AreEvaluatedIntoTheBookmark()
    {
        _engine.Start(_engine.Deploy("UserTaskBehaviorTests.Attributes.bpmn"), new Dictionary<string, object?>
        {
            ["owner"] = "mia",
            ["reviewers"] = new[] { "tom", "ida" },
        });

        var task = _engine.Task("decide");
        Assert.Equal("Decide claim", task.ElementName);
        Assert.Equal("mia", task.Assignee);
        Assert.Equal(["sales", "credit"], task.CandidateGroups);
        Assert.Equal(["tom", "ida"], task.CandidateUsers);
        Assert.Equal(_engine.Time.GetUtcNow().AddDays(2), task.TaskDueDate);
        Assert.Equal("claim-decision", task.FormKey);
        Assert.Equal("Decide the warranty claim.", task.Documentation);
    }

    [Fact]
    public void Complete_ManualAndPlainTasks_PassThrough()
    {
        _engine.Start(_engine.Deploy("UserTaskBehaviorTests.Attributes.bpmn"), new Dictionary<string, object?> { ["owner"] = "mia", ["reviewers"] = "tom" });

        var result = _engine.Complete("decide");

        Assert.Equal(InstanceStatus.Completed, result.Status);
    }
}
