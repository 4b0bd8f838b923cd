using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>An element that waits at a bookmark and goes on when a stimulus arrives (Camunda's SignallableActivityBehavior).</summary>
internal interface IWaitStateBehavior : IFlowNodeBehavior
{
    /// <summary>The bookmark (already removed from the open set) was completed, fired or received a message.</summary>
    void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables);
}
