using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Waits at the gateway for whichever of the following events comes first (timer or message catch events, receive
/// tasks). The first one wins: the other subscriptions are cancelled and the token continues after the winner.
/// </summary>
internal sealed class EventBasedGatewayBehavior : IWaitStateBehavior
{
    public static readonly EventBasedGatewayBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var token = run.NewToken(scope, node, TokenKind.Wait);
        foreach (var flow in node.Outgoing)
        {
            switch (flow.Target)
            {
                case IntermediateCatchEventNode catchEvent:
                    run.OpenEventBookmark(scope, token, catchEvent, catchEvent.Trigger);
                    break;
                case ReceiveTaskNode receive:
                    run.OpenMessageBookmark(scope, token, receive, receive.MessageName!);
                    break;
            }
        }
    }

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        var winner = run.Definition(scope).GetNode(bookmark.ElementId);
        run.CancelToken(token);
        run.MergeVariables(scope, null, variables);
        run.Leave(scope, winner);
    }
}
