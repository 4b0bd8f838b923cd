using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class CallActivityBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_CallActivity_ChildSeesOnlyMappedInVariables()
    {
        _engine.Deploy("CallActivityBehaviorTests.Child.bpmn");
        var result = _engine.Start(_engine.Deploy("CallActivityBehaviorTests.Parent.bpmn"), new Dictionary<string, object?> { ["amount"] = 150, ["secret"] = "x" });

        var task = _engine.Task("childTask");
        Assert.Equal("senior", task.Assignee);
        Assert.Equal("child", task.ProcessId);
        var child = result.State.Scopes.Single(s => s.Kind == ScopeKind.CallActivity);
        Assert.Equal(150L, child.Variables!["claimAmount"]);
        Assert.Equal(300L, child.Variables["limit"]);
        Assert.False(child.Variables.ContainsKey("secret"));
    }

    [Fact]
    public void Complete_ChildTask_MapsOutAndContinuesInParent()
    {
        _engine.Deploy("CallActivityBehaviorTests.Child.bpmn");
        _engine.Start(_engine.Deploy("CallActivityBehaviorTests.Parent.bpmn"), new Dictionary<string, object?> { ["amount"] = 50 });

        var result = _engine.Complete("childTask", new Dictionary<string, object?> { ["verdict"] = "ok", ["noise"] = 1 });

        Assert.Equal(["after"], _engine.OpenElements());
        Assert.Equal("ok", result.State.Variables["childVerdict"]);
        Assert.False(result.State.Variables.ContainsKey("noise"));
    }

    [Fact]
    public void Complete_AllVariablesMapping_CopiesBothWays()
    {
        _engine.Deploy("CallActivityBehaviorTests.Child.bpmn");
        _engine.Start(_engine.Deploy("CallActivityBehaviorTests.AllVariables.bpmn"), new Dictionary<string, object?> { ["claimAmount"] = 10 });
        Assert.Equal("junior", _engine.Task("childTask").Assignee);

        var result = _engine.Complete("childTask", new Dictionary<string, object?> { ["verdict"] = "ok" });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Equal("ok", result.State.Variables["verdict"]);
    }

    [Fact]
    public void Start_CalledProcessNotDeployed_FailsNamingTheCallActivity()
    {
        var definition = _engine.Deploy("CallActivityBehaviorTests.Parent.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition, new Dictionary<string, object?> { ["amount"] = 1 }));

        Assert.Equal("call", ex.ElementId);
    }
}
