using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>Waits for a timer or a message. A timer cycle on a catch event fires once (as in Camunda).</summary>
internal sealed class IntermediateCatchEventBehavior : IWaitStateBehavior
{
    public static readonly IntermediateCatchEventBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var token = run.NewToken(scope, node, TokenKind.Wait);
        run.OpenEventBookmark(scope, token, node, ((IntermediateCatchEventNode)node).Trigger);
    }

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        run.MergeVariables(scope, token, variables);
        run.CompleteWaitingActivity(scope, token, run.Definition(scope).GetNode(token.ElementId));
    }
}
