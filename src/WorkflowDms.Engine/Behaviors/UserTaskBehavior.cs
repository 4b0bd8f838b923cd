using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>Opens a user-task bookmark (and the task's boundary events); completion merges the form's variables and leaves.</summary>
internal sealed class UserTaskBehavior : IWaitStateBehavior
{
    public static readonly UserTaskBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var token = run.NewToken(scope, node, TokenKind.Wait);
        UserTaskOpener.Open(run, scope, token, (UserTaskNode)node, null);
        run.OpenBoundaries(scope, token, node);
    }

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        var node = run.Definition(scope).GetNode(token.ElementId);
        run.MergeVariables(scope, token, variables);
        run.CompleteWaitingActivity(scope, token, node);
    }
}
