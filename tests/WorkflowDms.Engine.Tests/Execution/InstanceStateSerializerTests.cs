using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Execution;

public sealed class InstanceStateSerializerTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void RoundTrip_MidFlightState_IsIdentical()
    {
        _engine.Deploy("CallActivityBehaviorTests.Child.bpmn");
        _engine.Start(_engine.Deploy("CallActivityBehaviorTests.Parent.bpmn"), new Dictionary<string, object?>
        {
            ["amount"] = 150,
            ["price"] = 12.50m,
            ["whole"] = 100m,
            ["flag"] = true,
            ["none"] = null,
            ["nested"] = new Dictionary<string, object?> { ["list"] = new List<object?> { "a", 1L, 2.5m, null } },
        });

        var json = InstanceStateSerializer.Serialize(_engine.State);
        var restored = InstanceStateSerializer.Deserialize(json);

        Assert.Equal(json, InstanceStateSerializer.Serialize(restored));
        Assert.Equal(100m, restored.Variables["whole"]);
        Assert.Equal(12.50m, restored.Variables["price"]);
        Assert.Equal(_engine.State.Bookmarks, restored.Bookmarks, (a, b) => a.Key == b.Key && a.Assignee == b.Assignee && a.TokenId == b.TokenId);
        Assert.Equal(_engine.State.Scopes.Count, restored.Scopes.Count);
    }

    [Fact]
    public void RoundTrip_TimersMidFlight_ResumeLikeTheOriginal()
    {
        _engine.Start(_engine.Deploy("BoundaryEventBehaviorTests.NonInterrupting.bpmn"));
        _engine.FireTimer("reminder");
        var restored = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(_engine.State));
        var timer = restored.Bookmarks.Single(b => b.ElementId == "reminder");
        _engine.Time.Advance(TimeSpan.FromHours(1));

        var result = _engine.Executor().Resume(_engine.Definitions.Find("nonInterrupting")!, restored, new FireTimer(timer.Id), _engine.Time.GetUtcNow());

        Assert.Equal(2, result.Bookmarks.Count(b => b.ElementId == "remind"));
        Assert.DoesNotContain(result.Bookmarks, b => b.ElementId == "reminder");
    }

    [Fact]
    public void Deserialize_NotAState_Throws() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => InstanceStateSerializer.Deserialize("null"));
}
