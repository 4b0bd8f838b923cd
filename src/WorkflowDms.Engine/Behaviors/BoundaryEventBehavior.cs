using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Timers;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// A timer or message on an activity's boundary fired. Interrupting: the activity (and everything inside it) is
/// cancelled. Non-interrupting: the activity goes on and a new path starts; a timer cycle is rescheduled until
/// its repetitions run out. Error boundaries are entered by error propagation and just leave.
/// </summary>
internal sealed class BoundaryEventBehavior : IWaitStateBehavior
{
    public static readonly BoundaryEventBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via) => run.Leave(scope, node);

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        var boundary = (BoundaryEventNode)run.Definition(scope).GetNode(bookmark.ElementId);
        run.Emit(new BoundaryEventTriggered(boundary.Id, token.ElementId, boundary.CancelActivity));
        if (boundary.CancelActivity)
        {
            run.CancelToken(token);
        }
        else if (bookmark.CycleRemaining is { } remaining && remaining != 0 && bookmark.CycleInterval is { } interval)
        {
            run.Open(run.NewBookmark(BookmarkKind.Timer, scope, token, boundary) with
            {
                DueAt = TimerCalculator.ParseDuration(interval).AddTo(bookmark.DueAt ?? run.Now),
                CycleRemaining = remaining < 0 ? -1 : remaining - 1,
                CycleInterval = interval,
                AttachedToElementId = bookmark.AttachedToElementId,
            });
        }

        run.MergeVariables(scope, null, variables);
        run.Enter(scope, boundary, null);
    }
}
