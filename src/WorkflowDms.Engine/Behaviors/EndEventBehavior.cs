using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// None end: the path ends and the scope completes once nothing else runs in it. Terminate end: everything in
/// the scope is cancelled and the scope ends; inside a sub-process only that sub-process ends (BPMN 2.0 §10.5.3).
/// Error end: throws the error to the enclosing scopes' error boundaries.
/// </summary>
internal sealed class EndEventBehavior : IFlowNodeBehavior
{
    public static readonly EndEventBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var end = (EndEventNode)node;
        switch (end.Trigger.Kind)
        {
            case EventKind.Terminate:
                run.Terminate(scope, node);
                break;
            case EventKind.Error:
                run.ThrowError(scope, node, end.Trigger.ErrorCode, null);
                break;
            default:
                run.TryCompleteScope(scope);
                break;
        }
    }
}
