using System.Collections;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// A multi-instance user task: a body scope holding <c>nrOfInstances</c>, <c>nrOfCompletedInstances</c> and
/// <c>nrOfActiveInstances</c>, with one task per instance (all at once, or one after another when sequential).
/// Each instance has <c>loopCounter</c> and the element variable as locals. After each completion the
/// <c>completionCondition</c> is checked, which gives N-of-M approvals; the remaining tasks are then cancelled.
/// </summary>
internal sealed class MultiInstanceBehavior : IWaitStateBehavior
{
    public static readonly MultiInstanceBehavior Instance = new();

    private const int MaxInstances = 1000;

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var task = (UserTaskNode)node;
        var spec = task.MultiInstance!;
        var context = run.Context(scope, null);
        var items = spec.Collection is null ? null : run.Guard(node, () => Items(spec.Collection.Evaluate(context)));
        var count = items?.Count ?? run.Guard(node, () => Cardinality(spec.LoopCardinality!.Evaluate(context)));
        if (count == 0)
        {
            run.Leave(scope, node);
            return;
        }

        var container = run.NewToken(scope, node, TokenKind.Container);
        var body = run.NewScope(ScopeKind.MultiInstance, scope, scope.ProcessId, node.Id, container);
        body.Items = items;
        body.Variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["nrOfInstances"] = (long)count,
            ["nrOfCompletedInstances"] = 0L,
            ["nrOfActiveInstances"] = spec.IsSequential ? 1L : count,
        };
        run.OpenBoundaries(scope, container, node);
        for (var i = 0; i < (spec.IsSequential ? 1 : count); i++)
        {
            CreateInstance(run, body, task);
        }
    }

    public void Trigger(ExecutionRun run, ScopeState scope, TokenState token, Bookmark bookmark, IReadOnlyDictionary<string, object?>? variables)
    {
        var task = (UserTaskNode)run.Definition(scope).GetNode(token.ElementId);
        run.MergeVariables(scope, token, variables);
        var counters = scope.Variables!;
        counters["nrOfCompletedInstances"] = (long)counters["nrOfCompletedInstances"]! + 1;
        counters["nrOfActiveInstances"] = (long)counters["nrOfActiveInstances"]! - 1;
        var spec = task.MultiInstance!;
        var done = (long)counters["nrOfCompletedInstances"]! >= (long)counters["nrOfInstances"]!;
        if (!done && spec.CompletionCondition is { } condition)
        {
            var context = run.Context(scope, token);
            done = run.Guard(task, () => condition.EvaluateCondition(context));
        }

        run.State.Tokens.Remove(token);
        if (done)
        {
            // N of M reached: the other approvers' tasks are withdrawn.
            CancelRemaining(run, scope);
            run.EndChildScope(scope);
            return;
        }

        if (spec.IsSequential)
        {
            counters["nrOfActiveInstances"] = 1L;
            CreateInstance(run, scope, task);
        }
    }

    private static void CreateInstance(ExecutionRun run, ScopeState body, UserTaskNode task)
    {
        var index = body.NextIndex++;
        var token = run.NewToken(body, task, TokenKind.Wait);
        token.Locals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["loopCounter"] = (long)index };
        if (task.MultiInstance!.ElementVariable is { Length: > 0 } element)
        {
            token.Locals[element] = body.Items is { } items ? items[index] : null;
        }

        UserTaskOpener.Open(run, body, token, task, index);
    }

    private static void CancelRemaining(ExecutionRun run, ScopeState body)
    {
        var remaining = new List<TokenState>();
        foreach (var token in run.State.Tokens)
        {
            if (token.ScopeId == body.Id)
            {
                remaining.Add(token);
            }
        }

        foreach (var token in remaining)
        {
            run.CancelToken(token);
        }
    }

    private static List<object?> Items(object? value) => value switch
    {
        IList list when list.Count <= MaxInstances => [.. list.Cast<object?>()],
        IList => throw new ExpressionException($"multi-instance collections are limited to {MaxInstances} items"),
        null => throw new ExpressionException("the multi-instance collection is null"),
        _ => throw new ExpressionException($"the multi-instance collection must be a list, not a {ValueTypes.Describe(value)}"),
    };

    private static int Cardinality(object? value) =>
        ValueTypes.TryToLong(value is string s && long.TryParse(s, out var parsed) ? parsed : value, out var n) && n is >= 0 and <= MaxInstances
            ? (int)n
            : throw new ExpressionException($"loopCardinality must be a whole number from 0 to {MaxInstances}, not '{ValueTypes.ToText(value)}'");
}
