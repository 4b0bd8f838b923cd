using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class BoundaryEventBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void FireTimer_Interrupting_CancelsTaskAndEscalates()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.Interrupting.bpmn"));
        var review = _engine.Task("review");

        var result = _engine.FireTimer("deadline");

        Assert.Equal(["escalate"], _engine.OpenElements());
        Assert.Contains(result.Effects, e => e is UserTaskCancelled c && c.Task.Id == review.Id);
        Assert.Contains(result.Effects, e => e is BoundaryEventTriggered { ElementId: "deadline", AttachedToElementId: "review", Interrupting: true });
        Assert.Throws<StaleStimulusException>(() => _engine.Resume(new CompleteUserTask(review.Id)));
    }

    [Fact]
    public void FireTimer_BeforeDue_IsStale()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.Interrupting.bpmn"));
        var timer = _engine.Bookmarks.Single(b => b.ElementId == "deadline");
        _engine.Time.Advance(TimeSpan.FromDays(1));

        Assert.Throws<StaleStimulusException>(() => _engine.Resume(new FireTimer(timer.Id)));
    }

    [Fact]
    public void Complete_TaskBeforeDeadline_CancelsBoundaryTimer()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.Interrupting.bpmn"));

        var result = _engine.Complete("review");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Contains(result.Effects, e => e is TimerCancelled { ElementId: "deadline" });
    }

    [Fact]
    public void Deliver_InterruptingMessage_WithdrawsTask()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.Interrupting.bpmn"));

        var result = _engine.Deliver("claim-withdrawn");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Empty(result.Bookmarks);
    }

    [Fact]
    public void FireTimer_NonInterruptingCycle_KeepsTaskAndRepeatsTwice()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.NonInterrupting.bpmn"));

        _engine.FireTimer("reminder");
        Assert.Equal(["note", "remind", "reminder", "review"], _engine.OpenElements().Order(StringComparer.Ordinal));
        Assert.Equal(_engine.Time.GetUtcNow().AddHours(1), _engine.Bookmarks.Single(b => b.ElementId == "reminder").DueAt);
        _engine.FireTimer("reminder");

        Assert.DoesNotContain("reminder", _engine.OpenElements());
        Assert.Equal(2, _engine.Bookmarks.Count(b => b.ElementId == "remind"));
        Assert.Contains("review", _engine.OpenElements());
    }

    [Fact]
    public void Deliver_NonInterruptingMessage_KeepsTask()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.NonInterrupting.bpmn"));

        var result = _engine.Deliver("dealer-note", new Dictionary<string, object?> { ["note"] = "parts delayed" });

        Assert.Contains("review", _engine.OpenElements());
        Assert.DoesNotContain("note", _engine.OpenElements());
        Assert.Equal("parts delayed", result.State.Variables["note"]);
    }

    [Fact]
    public void FireTimer_CamundaSampleInterruptingDuration_EscalatesToManagement()
    {
        _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml"));
        Assert.Equal("kermit", _engine.Task("firstLineSupport").Assignee);
        Assert.Equal(_engine.Time.GetUtcNow().AddMinutes(5), _engine.Bookmarks.Single(b => b.ElementId == "escalationTimer").DueAt);

        _engine.FireTimer("escalationTimer");

        Assert.Equal(["management"], _engine.Task("handleEscalation").CandidateGroups);
    }
}
