using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Runs the task's handler inline, inside the step (so its work commits with the state or not at all), merges its
/// outputs and leaves. <see cref="BpmnErrorException"/> goes to the error boundary events; any other failure voids
/// the step. <c>camunda:async</c> is ignored: the application decides where transactions end.
/// </summary>
internal sealed class ServiceTaskBehavior : IFlowNodeBehavior
{
    public static readonly ServiceTaskBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var key = ((ServiceTaskNode)node).HandlerKey!;
        if (!run.Services.Handlers.TryGetValue(key, out var handler))
        {
            throw new WorkflowExecutionException(node.Id, $"no service-task handler is registered for '{key}'");
        }

        var context = new ServiceTaskContext(
            run.State.InstanceId, scope.ProcessId, node.Id, run.State.BusinessKey, run.VisibleVariables(scope, null), run.Now);
        IReadOnlyDictionary<string, object?> outputs;
        try
        {
            outputs = handler.Execute(context);
        }
        catch (BpmnErrorException ex)
        {
            run.ThrowError(scope, node, ex.ErrorCode, ex.Message);
            return;
        }
        catch (Exception ex) when (ex is not WorkflowExecutionException and not OutOfMemoryException)
        {
            throw new WorkflowExecutionException(node.Id, $"service-task handler '{key}' failed: {ex.Message}", ex);
        }

        run.MergeVariables(scope, null, outputs);
        run.Emit(new ServiceTaskExecuted(node.Id, key));
        run.Leave(scope, node);
    }
}
