using Microsoft.Extensions.Time.Testing;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Tests.TestSupport;

/// <summary>
/// Deploys fixtures and drives one instance through the executor, with time from a <see cref="FakeTimeProvider"/>,
/// keeping the latest state the way the application would.
/// </summary>
internal sealed class EngineHarness
{
    private readonly List<IServiceTaskHandler> _handlers = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));

    public TestRuleEvaluator Rules { get; } = new();

    public InMemoryDefinitionSource Definitions { get; } = new();

    public ExecutionResult? Last { get; private set; }

    public InstanceState State => Last!.State;

    public IReadOnlyList<Bookmark> Bookmarks => Last!.Bookmarks;

    public EngineHarness Handler(string key, Func<ServiceTaskContext, IReadOnlyDictionary<string, object?>>? work = null)
    {
        _handlers.Add(new TestHandler(key, work));
        return this;
    }

    public ProcessDefinition Deploy(string fixture)
    {
        var result = new BpmnDeployer().Deploy(Fixture.Text(fixture), fixture);
        Assert.True(result.Status == DeploymentStatus.Executable, $"{fixture}: {result.ToSummaryLine()}");
        foreach (var process in result.ExecutableProcesses)
        {
            Definitions.Add(process);
        }

        return result.ExecutableProcesses[0];
    }

    public WorkflowExecutor Executor() => new(Rules, _handlers, Definitions);

    public ExecutionResult Start(ProcessDefinition definition, IReadOnlyDictionary<string, object?>? variables = null, string? businessKey = "case-1", string? startEventId = null)
    {
        Last = Executor().Start(definition, new StartRequest(Guid.NewGuid(), businessKey, variables, startEventId), Time.GetUtcNow());
        return Last;
    }

    public ExecutionResult Resume(Stimulus stimulus)
    {
        var definition = Definitions.Find(State.ProcessId)!;
        Last = Executor().Resume(definition, State, stimulus, Time.GetUtcNow());
        return Last;
    }

    public Bookmark Task(string elementId) => Bookmarks.Single(b => b.Kind == BookmarkKind.UserTask && b.ElementId == elementId);

    public ExecutionResult Complete(string elementId, IReadOnlyDictionary<string, object?>? variables = null) =>
        Resume(new CompleteUserTask(Task(elementId).Id, variables));

    public ExecutionResult Complete(Bookmark task, IReadOnlyDictionary<string, object?>? variables = null) =>
        Resume(new CompleteUserTask(task.Id, variables));

    /// <summary>Advances the fake clock to the timer's due time and fires it, as the application's job would.</summary>
    public ExecutionResult FireTimer(string elementId)
    {
        var timer = Bookmarks.Single(b => b.Kind == BookmarkKind.Timer && b.ElementId == elementId);
        var wait = timer.DueAt!.Value - Time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            Time.Advance(wait);
        }

        return Resume(new FireTimer(timer.Id));
    }

    public ExecutionResult Deliver(string messageName, IReadOnlyDictionary<string, object?>? variables = null) =>
        Resume(new DeliverMessage(messageName, variables));

    public string[] OpenElements() => [.. Bookmarks.Select(b => b.ElementId)];
}
