using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Execution;

public sealed class WorkflowExecutorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_SingleTask_OpensTaskWithReadableKey()
    {
        var result = _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));

        var task = Assert.Single(result.Bookmarks);
        Assert.Equal((BookmarkKind.UserTask, "UserTask_1", "process"), (task.Kind, task.ElementId, task.ProcessId));
        Assert.Equal($"task:{result.State.InstanceId}:{task.Id}", task.Key);
        Assert.Equal(_engine.Time.GetUtcNow(), task.CreatedAt);
        Assert.Equal(InstanceStatus.Running, result.Status);
        Assert.IsType<UserTaskCreated>(Assert.Single(result.Effects));
    }

    [Fact]
    public void Resume_CompleteTask_CompletesAndLeavesInputStateUntouched()
    {
        var started = _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));
        var before = InstanceStateSerializer.Serialize(started.State);

        var result = _engine.Complete("UserTask_1", new Dictionary<string, object?> { ["decision"] = "approve" });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Equal("approve", result.State.Variables["decision"]);
        Assert.Equal(before, InstanceStateSerializer.Serialize(started.State));
        Assert.Equal(InstanceStatus.Running, started.State.Status);
    }

    [Fact]
    public void Resume_SameTaskTwice_SecondIsStale()
    {
        var started = _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));
        var task = Assert.Single(started.Bookmarks);
        var executor = _engine.Executor();
        var definition = _engine.Definitions.Find("process")!;

        executor.Resume(definition, started.State, new CompleteUserTask(task.Id), _engine.Time.GetUtcNow());
        var completed = _engine.Complete("UserTask_1");

        var ex = Assert.Throws<StaleStimulusException>(() => executor.Resume(definition, completed.State, new CompleteUserTask(task.Id), _engine.Time.GetUtcNow()));
        Assert.Contains("completed", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("")]
    public void Resume_UnknownBookmark_IsStale(string bookmarkId)
    {
        _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));

        var ex = Assert.Throws<StaleStimulusException>(() => _engine.Resume(new CompleteUserTask(bookmarkId)));

        Assert.Equal(bookmarkId, ex.BookmarkId);
    }

    [Fact]
    public void Resume_FireTimerOnUserTaskBookmark_IsStale()
    {
        _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));

        Assert.Throws<StaleStimulusException>(() => _engine.Resume(new FireTimer(_engine.Task("UserTask_1").Id)));
    }

    [Fact]
    public void Resume_MessageNobodyWaitsFor_IsStale()
    {
        _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"));

        Assert.Throws<StaleStimulusException>(() => _engine.Deliver("unexpected"));
    }

    [Fact]
    public void Start_MessageStartEvent_StartsThere()
    {
        var definition = _engine.Deploy("WorkflowExecutorTests.MessageStart.bpmn");
        var start = definition.FindMessageStart("claim-submitted")!;

        _engine.Start(definition, new Dictionary<string, object?> { ["claimId"] = "C-1" }, startEventId: start.Id);

        Assert.Equal("byMessage", start.Id);
        Assert.Equal(["handle"], _engine.OpenElements());
        Assert.Equal("C-1", _engine.State.Variables["claimId"]);
    }

    [Fact]
    public void Start_UnknownStartEvent_Throws()
    {
        var definition = _engine.Deploy("WorkflowExecutorTests.MessageStart.bpmn");

        Assert.Throws<ArgumentException>(() => _engine.Start(definition, startEventId: "handle"));
    }

    [Fact]
    public void Start_DisplayOnlyDefinition_Throws()
    {
        var display = new BpmnDeployer().Deploy(Fixture.Text("BpmnDeployerTests.ScriptTaskNotExecutable.bpmn")).Processes[0];

        Assert.Throws<ArgumentException>(() => _engine.Start(display));
    }

    [Fact]
    public void Start_StartVariables_AreNormalisedToJsonShapes()
    {
        var result = _engine.Start(_engine.Deploy("Samples/camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn"), new Dictionary<string, object?>
        {
            ["count"] = 3,
            ["ratio"] = 0.5f,
            ["when"] = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ["id"] = Guid.Empty,
            ["outcome"] = Ports.RuleOutcome.SendBack,
            ["lines"] = new[] { 1, 2 },
        });

        var variables = result.State.Variables;
        Assert.Equal(3L, variables["count"]);
        Assert.Equal(0.5d, variables["ratio"]);
        Assert.Equal("2025-01-02T03:04:05.0000000+00:00", variables["when"]);
        Assert.Equal(Guid.Empty.ToString(), variables["id"]);
        Assert.Equal("SendBack", variables["outcome"]);
        Assert.Equal([1L, 2L], (IEnumerable<object?>)variables["lines"]!);
    }
}
