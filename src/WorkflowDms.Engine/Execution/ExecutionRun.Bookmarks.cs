using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Timers;

namespace WorkflowDms.Engine.Execution;

/// <summary>Opening and closing bookmarks, with the effects the application acts on.</summary>
internal sealed partial class ExecutionRun
{
    public Bookmark NewBookmark(BookmarkKind kind, ScopeState scope, TokenState token, FlowNode node) => new()
    {
        Id = NextId().ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = kind,
        InstanceId = State.InstanceId,
        ProcessId = scope.ProcessId,
        ElementId = node.Id,
        ElementName = node.Name,
        CreatedAt = Now,
        TokenId = token.Id,
    };

    public void Open(Bookmark bookmark)
    {
        State.OpenBookmarks.Add(bookmark);
        switch (bookmark.Kind)
        {
            case BookmarkKind.UserTask:
                Emit(new UserTaskCreated(bookmark));
                break;
            case BookmarkKind.Timer:
                Emit(new TimerScheduled(bookmark));
                break;
        }
    }

    /// <summary>Opens a timer or message bookmark for an event node (catch event, boundary, gateway target).</summary>
    public void OpenEventBookmark(ScopeState scope, TokenState token, FlowNode node, EventDefinition trigger, string? attachedTo = null)
    {
        if (trigger.Kind == EventKind.Timer)
        {
            var timer = trigger.Timer!;
            var schedule = Guard(node, () => TimerCalculator.Schedule(timer.Kind, timer.Value.Evaluate(Context(scope, token)), Now));
            Open(NewBookmark(BookmarkKind.Timer, scope, token, node) with
            {
                DueAt = schedule.DueAt,
                CycleRemaining = schedule.CycleRemaining,
                CycleInterval = schedule.CycleInterval,
                AttachedToElementId = attachedTo,
            });
        }
        else
        {
            OpenMessageBookmark(scope, token, node, trigger.MessageName!, attachedTo);
        }
    }

    public void OpenMessageBookmark(ScopeState scope, TokenState token, FlowNode node, string messageName, string? attachedTo = null) =>
        Open(NewBookmark(BookmarkKind.Message, scope, token, node) with
        {
            MessageName = messageName,
            CorrelationKey = State.BusinessKey ?? State.InstanceId.ToString(),
            AttachedToElementId = attachedTo,
        });

    /// <summary>Opens the timer and message boundary events of an activity that has started waiting.</summary>
    public void OpenBoundaries(ScopeState scope, TokenState token, FlowNode activity)
    {
        var boundaries = activity.Boundaries;
        for (var i = 0; i < boundaries.Length; i++)
        {
            if (boundaries[i].Trigger.Kind is EventKind.Timer or EventKind.Message)
            {
                OpenEventBookmark(scope, token, boundaries[i], boundaries[i].Trigger, activity.Id);
            }
        }
    }

    /// <summary>Removes a bookmark that was used (no cancellation effect).</summary>
    public void Consume(Bookmark bookmark) => State.OpenBookmarks.Remove(bookmark);

    /// <summary>Closes every bookmark hanging on a token, with cancellation effects.</summary>
    public void CloseBookmarks(TokenState token)
    {
        var bookmarks = State.OpenBookmarks;
        var write = 0;
        for (var read = 0; read < bookmarks.Count; read++)
        {
            var bookmark = bookmarks[read];
            if (bookmark.TokenId != token.Id)
            {
                bookmarks[write++] = bookmark;
                continue;
            }

            switch (bookmark.Kind)
            {
                case BookmarkKind.UserTask:
                    Emit(new UserTaskCancelled(bookmark));
                    break;
                case BookmarkKind.Timer:
                    Emit(new TimerCancelled(bookmark));
                    break;
            }
        }

        bookmarks.RemoveRange(write, bookmarks.Count - write);
    }

    public Bookmark? FindBookmark(string id)
    {
        foreach (var bookmark in State.OpenBookmarks)
        {
            if (string.Equals(bookmark.Id, id, StringComparison.Ordinal))
            {
                return bookmark;
            }
        }

        return null;
    }
}
