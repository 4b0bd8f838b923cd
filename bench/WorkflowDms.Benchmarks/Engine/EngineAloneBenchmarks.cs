using BenchmarkDotNet.Attributes;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Benchmarks.Engine;

/// <summary>
/// One instance of Camunda's UserTaskPerformanceTest.singleTask.bpmn per operation, in process: start → user task →
/// complete → end. The main figure includes the JSON state round trip the host does between the two commands
/// (serialize after start, deserialize before the completion, serialize the final state). Product bar: ≥ 100× the
/// instances/s of the npm bpmn-engine package on the same file (bench/bpmn-engine-compare).
/// </summary>
[MemoryDiagnoser]
public class EngineAloneBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private ProcessDefinition? _definition;
    private WorkflowExecutor? _executor;

    [GlobalSetup]
    public void Deploy()
    {
        const string file = "UserTaskPerformanceTest.singleTask.bpmn";
        var result = new BpmnDeployer().Deploy(File.ReadAllText(RepositoryPaths.Fixture(file)), file);
        if (result.Status != DeploymentStatus.Executable)
        {
            throw new InvalidOperationException($"{file}: {result.ToSummaryLine()}");
        }

        _definition = result.ExecutableProcesses[0];
        _executor = new WorkflowExecutor(new NoRuleSets(), [], new SingleDefinitionSource(_definition));
    }

    [Benchmark(Baseline = true, Description = "Start, user task, complete, end; JSON state round trip")]
    public int StartCompleteWithStateRoundTrip()
    {
        var started = _executor!.Start(_definition!, new StartRequest(Guid.NewGuid()), Now);
        var stored = InstanceStateSerializer.Serialize(started.State);

        var loaded = InstanceStateSerializer.Deserialize(stored);
        var completed = _executor.Resume(_definition!, loaded, new CompleteUserTask(started.Bookmarks[0].Id), Now);
        return Completed(completed).Length;
    }

    [Benchmark(Description = "Start, user task, complete, end; state kept in memory")]
    public int StartCompleteInMemory()
    {
        var started = _executor!.Start(_definition!, new StartRequest(Guid.NewGuid()), Now);
        var completed = _executor.Resume(_definition!, started.State, new CompleteUserTask(started.Bookmarks[0].Id), Now);
        return completed.Status == InstanceStatus.Completed ? completed.Bookmarks.Count : throw new InvalidOperationException($"instance is {completed.Status}");
    }

    private static string Completed(ExecutionResult result) =>
        result.Status == InstanceStatus.Completed
            ? InstanceStateSerializer.Serialize(result.State)
            : throw new InvalidOperationException($"instance is {result.Status}");
}
