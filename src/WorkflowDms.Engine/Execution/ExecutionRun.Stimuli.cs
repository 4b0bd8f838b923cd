using WorkflowDms.Engine.Behaviors;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Execution;

/// <summary>Resuming at a bookmark: the behavior of the waiting element (or boundary event) takes over.</summary>
internal sealed partial class ExecutionRun
{
    public void Resume(Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        var token = FindToken(bookmark.TokenId)
            ?? throw new InvalidOperationException($"bookmark {bookmark.Id} has no token; the state is corrupt");
        var scope = GetScope(token.ScopeId);
        var definition = Definition(scope);
        var element = definition.GetNode(bookmark.ElementId);
        var waiting = element is BoundaryEventNode ? element : definition.GetNode(token.ElementId);
        if (waiting.Behavior is not IWaitStateBehavior behavior)
        {
            throw new WorkflowExecutionException(waiting.Id, "the element does not wait for a stimulus");
        }

        Emit(bookmark.Kind switch
        {
            BookmarkKind.UserTask => new UserTaskCompleted(bookmark, variables ?? new Dictionary<string, object?>()),
            BookmarkKind.Timer => new TimerFired(bookmark),
            _ => new MessageReceived(bookmark),
        });
        Consume(bookmark);
        try
        {
            behavior.Trigger(this, scope, token, bookmark, variables);
        }
        catch (ExpressionException ex)
        {
            throw new WorkflowExecutionException(element.Id, ex.Message, ex);
        }

        Drain();
    }
}
