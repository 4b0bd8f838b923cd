using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Fork: takes every outgoing flow, ignoring conditions. Join: waits until a token has arrived on each incoming
/// flow, then consumes one per flow and goes on. Like Camunda, a second token on the same flow waits for the next
/// round rather than counting twice.
/// </summary>
internal sealed class ParallelGatewayBehavior : IFlowNodeBehavior
{
    public static readonly ParallelGatewayBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        if (node.IncomingCount > 1)
        {
            var arrived = run.NewToken(scope, node, TokenKind.Join);
            arrived.ArrivedVia = via?.Id;
            if (!TryJoin(run, scope, node))
            {
                return;
            }
        }

        run.Leave(scope, node);
    }

    private static bool TryJoin(ExecutionRun run, ScopeState scope, FlowNode node)
    {
        var firstPerFlow = new Dictionary<string, TokenState>(StringComparer.Ordinal);
        foreach (var token in run.State.Tokens)
        {
            if (token.ScopeId == scope.Id && token.Kind == TokenKind.Join && token.ElementId == node.Id)
            {
                firstPerFlow.TryAdd(token.ArrivedVia ?? string.Empty, token);
            }
        }

        if (firstPerFlow.Count < node.IncomingCount)
        {
            return false;
        }

        foreach (var token in firstPerFlow.Values)
        {
            run.State.Tokens.Remove(token);
        }

        return true;
    }
}
