using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class ParallelGatewayBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Join_FirstBranchCompletes_WaitsForTheOther()
    {
        _engine.Start(_engine.Deploy("ParallelGatewayBehaviorTests.ForkJoin.bpmn"));
        Assert.Equal(["a", "b"], _engine.OpenElements());

        _engine.Complete("a");

        Assert.Equal(["b"], _engine.OpenElements());
    }

    [Fact]
    public void Join_BothBranchesComplete_ContinuesOnce()
    {
        _engine.Start(_engine.Deploy("ParallelGatewayBehaviorTests.ForkJoin.bpmn"));

        _engine.Complete("b");
        _engine.Complete("a");

        Assert.Equal(["after"], _engine.OpenElements());
        Assert.DoesNotContain(_engine.State.Tokens, t => t.ElementId == "join");
    }
}
