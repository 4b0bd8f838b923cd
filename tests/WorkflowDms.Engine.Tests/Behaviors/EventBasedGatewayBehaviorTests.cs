using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class EventBasedGatewayBehaviorTests
{
    private readonly EngineHarness _engine = new();

    public EventBasedGatewayBehaviorTests() => _engine.Start(_engine.Deploy("EventBasedGatewayBehaviorTests.Race.bpmn"));

    [Fact]
    public void Start_Gateway_WaitsForTimerAndBothMessages()
    {
        Assert.Equal(["timeout", "received", "cancelled"], _engine.OpenElements());
        Assert.Equal(_engine.Time.GetUtcNow().AddHours(1), _engine.Bookmarks[0].DueAt);
        Assert.Equal("message:document-received:case-1", _engine.Bookmarks[1].Key);
    }

    [Fact]
    public void Deliver_MessageFirst_WinsAndCancelsTheTimer()
    {
        var result = _engine.Deliver("document-received", new Dictionary<string, object?> { ["documentId"] = "D-7" });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Contains(result.Effects, e => e is TimerCancelled { ElementId: "timeout" });
        Assert.Equal("D-7", result.State.Variables["documentId"]);
    }

    [Fact]
    public void FireTimer_TimerFirst_WinsAndLateMessageIsStale()
    {
        _engine.FireTimer("timeout");

        Assert.Equal(["chase"], _engine.OpenElements());
        Assert.Throws<StaleStimulusException>(() => _engine.Deliver("document-received"));
    }

    [Fact]
    public void Deliver_ReceiveTaskMessage_FollowsTheReceiveTask()
    {
        var result = _engine.Deliver("request-cancelled");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.DoesNotContain(result.Bookmarks, b => b.Kind == BookmarkKind.Timer);
    }
}
