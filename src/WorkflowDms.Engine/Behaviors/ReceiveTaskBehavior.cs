using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>Waits for its message (correlated by business key); the payload is merged into the instance.</summary>
internal sealed class ReceiveTaskBehavior : IWaitStateBehavior
{
    public static readonly ReceiveTaskBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var token = run.NewToken(scope, node, TokenKind.Wait);
        run.OpenMessageBookmark(scope, token, node, ((ReceiveTaskNode)node).MessageName!);
        run.OpenBoundaries(scope, token, node);
    }

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        run.MergeVariables(scope, token, variables);
        run.CompleteWaitingActivity(scope, token, run.Definition(scope).GetNode(token.ElementId));
    }
}
