using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class EndEventBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_TerminateEndAtProcessLevel_TerminatesAndCancelsOpenTasks()
    {
        var result = _engine.Start(_engine.Deploy("EndEventBehaviorTests.Terminate.bpmn"));

        Assert.Equal(InstanceStatus.Terminated, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Contains(result.Effects, e => e is UserTaskCancelled { ElementId: "waiting" });
        Assert.IsType<ProcessTerminated>(result.Effects[^1]);
    }

    [Fact]
    public void Resume_TerminatedInstance_IsStale()
    {
        var result = _engine.Start(_engine.Deploy("EndEventBehaviorTests.Terminate.bpmn"));

        Assert.Throws<StaleStimulusException>(() => _engine.Resume(new CompleteUserTask("1")));
        Assert.Equal(InstanceStatus.Terminated, result.State.Status);
    }
}
