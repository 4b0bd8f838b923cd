using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Opens a child scope and starts it at its none start event. The sub-process's boundary events hang on the token
/// that stands for it in the parent; the scope completes when nothing in it waits any more.
/// </summary>
internal sealed class SubProcessBehavior : IFlowNodeBehavior
{
    public static readonly SubProcessBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var sub = (SubProcessNode)node;
        var container = run.NewToken(scope, node, TokenKind.Container);
        var child = run.NewScope(ScopeKind.SubProcess, scope, scope.ProcessId, node.Id, container);
        run.OpenBoundaries(scope, container, node);
        run.Enter(child, sub.StartEvent!, null);
    }
}
