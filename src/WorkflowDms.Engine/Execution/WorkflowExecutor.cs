using WorkflowDms.Engine.Behaviors;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// The pure core: (definition, state, stimulus, now) in, (new state, open bookmarks, effects) out. It keeps no
/// state of its own, reads no clock and touches no storage, so one instance serves every thread. Run a step, then
/// commit the returned state, bookmarks and effects together, or discard them all.
/// </summary>
public sealed class WorkflowExecutor
{
    private readonly EngineServices _services;

    /// <summary>Creates the executor over the ports it calls during a step.</summary>
    /// <exception cref="ArgumentException">Two handlers share a key.</exception>
    public WorkflowExecutor(IRuleEvaluator rules, IEnumerable<IServiceTaskHandler> handlers, IProcessDefinitionSource definitions)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(definitions);
        _services = new EngineServices(rules, handlers, definitions);
    }

    /// <summary>Starts a new instance and runs it to its first wait states.</summary>
    /// <exception cref="WorkflowExecutionException">The first step cannot complete (e.g. no gateway flow matched).</exception>
    /// <exception cref="ArgumentException">The definition was not deployed, or the start event does not exist.</exception>
    public ExecutionResult Start(ProcessDefinition definition, StartRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        EnsureDeployed(definition);
        var start = FindStart(definition, request.StartEventId);
        var state = new InstanceState
        {
            InstanceId = request.InstanceId,
            ProcessId = definition.Id,
            BusinessKey = request.BusinessKey,
            Status = InstanceStatus.Running,
        };
        var run = new ExecutionRun(definition, state, _services, now);
        var root = run.NewScope(ScopeKind.Process, null, definition.Id, null, null);
        root.Variables = request.Variables is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : VariableValues.NormalizeMap(request.Variables);
        run.Enter(root, start, null);
        run.Drain();
        return run.Result();
    }

    /// <summary>Resumes a waiting instance with a stimulus and runs it to its next wait states.</summary>
    /// <exception cref="StaleStimulusException">No open bookmark matches (completed, cancelled, unknown, not due).</exception>
    /// <exception cref="WorkflowExecutionException">The step cannot complete at an element.</exception>
    /// <exception cref="ArgumentException">The definition is not the instance's, or was not deployed.</exception>
    public ExecutionResult Resume(ProcessDefinition definition, InstanceState state, Stimulus stimulus, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(stimulus);
        EnsureDeployed(definition);
        if (!string.Equals(definition.Id, state.ProcessId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the instance runs process '{state.ProcessId}', not '{definition.Id}'", nameof(definition));
        }

        if (state.Status != InstanceStatus.Running)
        {
            throw new StaleStimulusException(null, $"instance {state.InstanceId} is {state.Status.ToString().ToLowerInvariant()}");
        }

        var run = new ExecutionRun(definition, state.Clone(), _services, now);
        var (bookmark, variables) = stimulus switch
        {
            CompleteUserTask c => (Find(run, c.BookmarkId, BookmarkKind.UserTask), c.Variables),
            FireTimer f => (DueTimer(run, f.BookmarkId, now), null),
            DeliverMessage m => (Subscription(run, m.MessageName), m.Variables),
            _ => throw new ArgumentException($"unknown stimulus {stimulus.GetType().Name}", nameof(stimulus)),
        };
        run.Resume(bookmark, variables);
        return run.Result();
    }

    private static Bookmark Find(ExecutionRun run, string id, BookmarkKind kind)
    {
        var bookmark = run.FindBookmark(id);
        if (bookmark is null || bookmark.Kind != kind)
        {
            throw new StaleStimulusException(id, $"instance {run.State.InstanceId} has no open {kind} bookmark '{id}'");
        }

        return bookmark;
    }

    private static Bookmark DueTimer(ExecutionRun run, string id, DateTimeOffset now)
    {
        var bookmark = Find(run, id, BookmarkKind.Timer);
        if (bookmark.DueAt > now)
        {
            throw new StaleStimulusException(id, $"timer '{id}' is not due until {bookmark.DueAt:O}");
        }

        return bookmark;
    }

    private static Bookmark Subscription(ExecutionRun run, string messageName)
    {
        foreach (var bookmark in run.State.OpenBookmarks)
        {
            if (bookmark.Kind == BookmarkKind.Message && string.Equals(bookmark.MessageName, messageName, StringComparison.Ordinal))
            {
                return bookmark;
            }
        }

        throw new StaleStimulusException(null, $"instance {run.State.InstanceId} does not wait for message '{messageName}'");
    }

    private static FlowNode FindStart(ProcessDefinition definition, string? startEventId)
    {
        if (startEventId is not null)
        {
            return definition.NodesById.TryGetValue(startEventId, out var node) && node is StartEventNode { Parent: null }
                ? node
                : throw new ArgumentException($"process '{definition.Id}' has no start event '{startEventId}'", nameof(startEventId));
        }

        return CallActivityBehavior.FindNoneStart(definition)
            ?? throw new ArgumentException($"process '{definition.Id}' has no none start event; name the start event", nameof(startEventId));
    }

    private static void EnsureDeployed(ProcessDefinition definition)
    {
        if (!definition.IsDeployed)
        {
            throw new ArgumentException($"process '{definition.Id}' was not deployed as executable", nameof(definition));
        }
    }
}
