using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Runs the called process (latest deployed version) as a nested scope of the same instance, so its wait points
/// are this instance's bookmarks and one stored state holds both. The called process sees only the variables
/// <c>camunda:in</c> passes; <c>camunda:out</c> copies results back when it completes.
/// </summary>
internal sealed class CallActivityBehavior : IFlowNodeBehavior
{
    public static readonly CallActivityBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var call = (CallActivityNode)node;
        var called = run.Definition(call.CalledElement!, node.Id);
        var start = FindNoneStart(called)
            ?? throw new WorkflowExecutionException(node.Id, $"called process '{called.Id}' has no none start event");
        var variables = run.MapIn(scope, call);
        var container = run.NewToken(scope, node, TokenKind.Container);
        var child = run.NewScope(ScopeKind.CallActivity, scope, called.Id, node.Id, container);
        child.Variables = variables;
        run.OpenBoundaries(scope, container, node);
        run.Enter(child, start, null);
    }

    internal static StartEventNode? FindNoneStart(ProcessDefinition definition)
    {
        foreach (var node in definition.TopLevelNodes)
        {
            if (node is StartEventNode { Trigger.Kind: EventKind.None } start)
            {
                return start;
            }
        }

        return null;
    }
}
