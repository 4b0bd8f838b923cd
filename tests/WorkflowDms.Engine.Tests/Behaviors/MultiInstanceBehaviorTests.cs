using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class MultiInstanceBehaviorTests
{
    private readonly EngineHarness _engine = new();

    private void StartTwoOfThree() =>
        _engine.Start(_engine.Deploy("MultiInstanceBehaviorTests.TwoOfThree.bpmn"),
            new Dictionary<string, object?> { ["approvers"] = new List<object?> { "ann", "bob", "cyd" } });

    [Fact]
    public void Start_ParallelCollection_OpensOneTaskPerElementWithAssignee()
    {
        StartTwoOfThree();

        Assert.Equal(["ann", "bob", "cyd"], _engine.Bookmarks.Select(b => b.Assignee));
        Assert.Equal([0, 1, 2], _engine.Bookmarks.Select(b => b.MultiInstanceIndex ?? -1));
    }

    [Fact]
    public void Complete_OneOfThree_KeepsWaiting()
    {
        StartTwoOfThree();

        _engine.Complete(_engine.Bookmarks[0]);

        Assert.Equal(["bob", "cyd"], _engine.Bookmarks.Select(b => b.Assignee));
    }

    [Fact]
    public void Complete_TwoOfThree_CompletesAndCancelsTheThird()
    {
        StartTwoOfThree();
        _engine.Complete(_engine.Bookmarks[2]);

        var result = _engine.Complete(_engine.Bookmarks[0]);

        Assert.Equal(["after"], _engine.OpenElements());
        var cancelled = Assert.Single(result.Effects.OfType<UserTaskCancelled>());
        Assert.Equal("bob", cancelled.Task.Assignee);
        Assert.Single(result.State.Scopes);
    }

    [Fact]
    public void Complete_Sequential_OpensNextOnlyAfterPrevious()
    {
        _engine.Start(_engine.Deploy("MultiInstanceBehaviorTests.Sequential.bpmn"), new Dictionary<string, object?> { ["signatures"] = 2 });
        Assert.Equal(0, Assert.Single(_engine.Bookmarks).MultiInstanceIndex);

        _engine.Complete("sign");
        Assert.Equal(1, Assert.Single(_engine.Bookmarks).MultiInstanceIndex);
        var result = _engine.Complete("sign");

        Assert.Equal(InstanceStatus.Completed, result.Status);
    }

    [Fact]
    public void Resume_MidFlightAfterJsonRoundTrip_KeepsCountersAndLocals()
    {
        StartTwoOfThree();
        _engine.Complete(_engine.Bookmarks[1]);
        var restored = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(_engine.State));

        var definition = _engine.Definitions.Find("twoOfThree")!;
        var result = _engine.Executor().Resume(definition, restored, new CompleteUserTask(restored.Bookmarks[0].Id), _engine.Time.GetUtcNow());

        Assert.Equal(["after"], result.Bookmarks.Select(b => b.ElementId));
    }
}
