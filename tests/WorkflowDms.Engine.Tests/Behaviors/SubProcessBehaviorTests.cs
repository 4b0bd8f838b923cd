using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class SubProcessBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_TerminateEndInsideSubProcess_EndsOnlyTheSubProcess()
    {
        var result = _engine.Start(_engine.Deploy("SubProcessBehaviorTests.Terminate.bpmn"));

        Assert.Equal(InstanceStatus.Running, result.Status);
        Assert.Equal(["after"], _engine.OpenElements());
        Assert.Contains(result.Effects, e => e is UserTaskCancelled { ElementId: "inner" });
        Assert.Contains(result.Effects, e => e is ScopeCompleted { ElementId: "sub" });
        Assert.Single(result.State.Scopes);
    }

    [Fact]
    public void Complete_ErrorEndInsideSubProcess_CaughtByBoundaryOnSubProcess()
    {
        _engine.Start(_engine.Deploy("SubProcessBehaviorTests.ErrorEnd.bpmn"));
        Assert.Equal(["slow", "check"], _engine.OpenElements());

        var result = _engine.Complete("check", new Dictionary<string, object?> { ["passed"] = false });

        Assert.Equal(["handleError"], _engine.OpenElements());
        Assert.Contains(result.Effects, e => e is ErrorRaised { ElementId: "subError", ErrorCode: "CHECK_FAILED" });
        Assert.Contains(result.Effects, e => e is TimerCancelled { ElementId: "slow" });
    }

    [Fact]
    public void Complete_SubProcessEndsNormally_ContinuesAfterIt()
    {
        _engine.Start(_engine.Deploy("SubProcessBehaviorTests.ErrorEnd.bpmn"));

        var result = _engine.Complete("check", new Dictionary<string, object?> { ["passed"] = true });

        Assert.Equal(["after"], _engine.OpenElements());
        Assert.Equal(true, result.State.Variables["passed"]);
    }

    [Fact]
    public void FireTimer_OnSubProcess_CancelsEverythingInside()
    {
        _engine.Start(_engine.Deploy("SubProcessBehaviorTests.ErrorEnd.bpmn"));

        var result = _engine.FireTimer("slow");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Contains(result.Effects, e => e is UserTaskCancelled { ElementId: "check" });
    }
}
