using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class ServiceTaskBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_HandlerSucceeds_MergesOutputsInline()
    {
        _engine.Handler("credit-check", ctx => new Dictionary<string, object?> { ["exposure"] = 1200, ["checkedFor"] = ctx.BusinessKey });
        var result = _engine.Start(_engine.Deploy("ServiceTaskBehaviorTests.ErrorBoundary.bpmn"));

        Assert.Equal(["confirm"], _engine.OpenElements());
        Assert.Equal(1200L, result.State.Variables["exposure"]);
        Assert.Equal("case-1", result.State.Variables["checkedFor"]);
        Assert.Contains(result.Effects, e => e is ServiceTaskExecuted { ElementId: "check", HandlerKey: "credit-check" });
    }

    [Fact]
    public void Start_HandlerThrowsBpmnError_ErrorBoundaryTakesOver()
    {
        _engine.Handler("credit-check", _ => throw new BpmnErrorException("CREDIT_BLOCKED", "limit exceeded"));
        var result = _engine.Start(_engine.Deploy("ServiceTaskBehaviorTests.ErrorBoundary.bpmn"));

        Assert.Equal(["release"], _engine.OpenElements());
        Assert.Contains(result.Effects, e => e is ErrorRaised { ErrorCode: "CREDIT_BLOCKED", Message: "limit exceeded" });
    }

    [Fact]
    public void Start_HandlerThrowsUnknownBpmnError_FailsNamingTheTask()
    {
        _engine.Handler("credit-check", _ => throw new BpmnErrorException("OTHER", "boom"));
        var definition = _engine.Deploy("ServiceTaskBehaviorTests.ErrorBoundary.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition));

        Assert.Equal(("check", "OTHER"), (ex.ElementId, ex.ErrorCode));
    }

    [Fact]
    public void Start_HandlerThrows_FailsNamingTheTask()
    {
        _engine.Handler("credit-check", _ => throw new InvalidOperationException("db down"));
        var definition = _engine.Deploy("ServiceTaskBehaviorTests.ErrorBoundary.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition));

        Assert.Equal("check", ex.ElementId);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Start_NoHandlerRegistered_FailsNamingTheTask()
    {
        var definition = _engine.Deploy("ServiceTaskBehaviorTests.ErrorBoundary.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition));

        Assert.Contains("credit-check", ex.Reason, StringComparison.Ordinal);
    }
}
