using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// One step of one instance: a FIFO agenda of tokens entering nodes, run until every token rests at a wait state
/// or has ended. Behaviors call back into the run to move tokens, open bookmarks and record effects. A run is
/// single-threaded and short-lived; the state it mutates is a private copy.
/// </summary>
internal sealed partial class ExecutionRun
{
    // A path that loops without reaching a wait state would never return; stop it instead.
    private const int MaxStepsPerRun = 100_000;

    private readonly Queue<AgendaItem> _agenda = new();
    private readonly ProcessDefinition _root;
    private Dictionary<string, ProcessDefinition>? _called;
    private int _steps;

    public ExecutionRun(ProcessDefinition root, InstanceState state, EngineServices services, DateTimeOffset now)
    {
        _root = root;
        State = state;
        Services = services;
        Now = now;
    }

    public InstanceState State { get; }

    public EngineServices Services { get; }

    public DateTimeOffset Now { get; }

    public List<WorkflowEffect> Effects { get; } = [];

    /// <summary>Every element a token entered during this run, with the flow it came by, in order.</summary>
    public List<ElementVisit> Visits { get; } = [];

    public ExecutionResult Result() => new(State, [.. State.OpenBookmarks], Effects) { Visits = Visits };

    public int NextId() => ++State.LastId;

    public void Emit(WorkflowEffect effect) => Effects.Add(effect);

    /// <summary>The definition whose nodes run in a scope (the instance's, or a called process's).</summary>
    public ProcessDefinition Definition(ScopeState scope) => Definition(scope.ProcessId, scope.ElementId ?? scope.ProcessId);

    public ProcessDefinition Definition(string processId, string requestedBy)
    {
        if (string.Equals(processId, _root.Id, StringComparison.Ordinal))
        {
            return _root;
        }

        _called ??= new Dictionary<string, ProcessDefinition>(StringComparer.Ordinal);
        if (!_called.TryGetValue(processId, out var definition))
        {
            definition = Services.FindDefinition(processId)
                ?? throw new WorkflowExecutionException(requestedBy, $"called process '{processId}' is not deployed");
            _called[processId] = definition;
        }

        return definition;
    }

    /// <summary>Queues a token entering a node.</summary>
    public void Enter(ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        scope.Pending++;
        _agenda.Enqueue(new AgendaItem(scope, node, via));
    }

    /// <summary>Takes every outgoing flow of a node; a node without any ends its path.</summary>
    public void Leave(ScopeState scope, FlowNode node)
    {
        var outgoing = node.Outgoing;
        if (outgoing.Length == 0)
        {
            TryCompleteScope(scope);
            return;
        }

        for (var i = 0; i < outgoing.Length; i++)
        {
            Enter(scope, outgoing[i].Target, outgoing[i]);
        }
    }

    public void Take(ScopeState scope, SequenceFlow flow) => Enter(scope, flow.Target, flow);

    /// <summary>Runs the agenda until every token rests.</summary>
    public void Drain()
    {
        while (_agenda.TryDequeue(out var item))
        {
            item.Scope.Pending--;
            if (item.Scope.Ended)
            {
                continue;
            }

            if (++_steps > MaxStepsPerRun)
            {
                throw new WorkflowExecutionException(item.Node.Id,
                    $"more than {MaxStepsPerRun} steps without reaching a wait state (a loop without a wait state?)");
            }

            Visits.Add(new ElementVisit(item.Scope.ProcessId, item.Node.Id, item.Via?.Id));
            try
            {
                item.Node.Behavior.Execute(this, item.Scope, item.Node, item.Via);
            }
            catch (ExpressionException ex)
            {
                throw new WorkflowExecutionException(item.Node.Id, ex.Message, ex);
            }
        }
    }
}
