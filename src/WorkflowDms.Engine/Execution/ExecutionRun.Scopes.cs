using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution.Effects;

namespace WorkflowDms.Engine.Execution;

/// <summary>Scopes and tokens: creating, completing, cancelling.</summary>
internal sealed partial class ExecutionRun
{
    public ScopeState NewScope(ScopeKind kind, ScopeState? parent, string processId, string? elementId, TokenState? container)
    {
        var scope = new ScopeState
        {
            Id = NextId(),
            ParentId = parent?.Id,
            Kind = kind,
            ProcessId = processId,
            ElementId = elementId,
            ContainerTokenId = container?.Id,
        };
        if (container is not null)
        {
            container.ChildScopeId = scope.Id;
        }

        State.Scopes.Add(scope);
        return scope;
    }

    public ScopeState GetScope(int id)
    {
        foreach (var scope in State.Scopes)
        {
            if (scope.Id == id)
            {
                return scope;
            }
        }

        throw new InvalidOperationException($"the instance state has no scope {id}; the state is corrupt");
    }

    public TokenState NewToken(ScopeState scope, FlowNode node, TokenKind kind)
    {
        var token = new TokenState { Id = NextId(), ScopeId = scope.Id, ElementId = node.Id, Kind = kind };
        State.Tokens.Add(token);
        return token;
    }

    public TokenState? FindToken(int id)
    {
        foreach (var token in State.Tokens)
        {
            if (token.Id == id)
            {
                return token;
            }
        }

        return null;
    }

    public bool HasTokens(ScopeState scope)
    {
        foreach (var token in State.Tokens)
        {
            if (token.ScopeId == scope.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A waiting activity is done: close what hangs on its token (boundary timers…) and move on.</summary>
    public void CompleteWaitingActivity(ScopeState scope, TokenState token, FlowNode node)
    {
        CloseBookmarks(token);
        State.Tokens.Remove(token);
        Leave(scope, node);
    }

    /// <summary>Completes a scope once nothing in it is waiting or queued.</summary>
    public void TryCompleteScope(ScopeState scope)
    {
        if (scope.Pending == 0 && !HasTokens(scope))
        {
            CompleteScope(scope, terminatedBy: null);
        }
    }

    /// <summary>A terminate end event: cancels everything in its scope, which then ends (BPMN: only that scope).</summary>
    public void Terminate(ScopeState scope, FlowNode endEvent)
    {
        CancelTokensOf(scope);
        CompleteScope(scope, terminatedBy: endEvent);
    }

    /// <summary>Cancels a token and everything under it: its bookmarks, and the scope it stands for.</summary>
    public void CancelToken(TokenState token)
    {
        CloseBookmarks(token);
        if (token.ChildScopeId is { } childId)
        {
            var child = GetScope(childId);
            CancelTokensOf(child);
            child.Ended = true;
            State.Scopes.Remove(child);
        }

        State.Tokens.Remove(token);
    }

    /// <summary>The scope's activity in its parent: the token standing for it and the node it runs.</summary>
    public (ScopeState Parent, TokenState Container, FlowNode Node) Container(ScopeState scope)
    {
        var parent = GetScope(scope.ParentId!.Value);
        var container = FindToken(scope.ContainerTokenId!.Value)
            ?? throw new InvalidOperationException($"scope {scope.Id} has no container token; the state is corrupt");
        return (parent, container, Definition(parent).GetNode(scope.ElementId!));
    }

    /// <summary>Ends a scope normally and continues after its activity in the parent.</summary>
    public void EndChildScope(ScopeState scope)
    {
        var (parent, container, node) = Container(scope);
        scope.Ended = true;
        State.Scopes.Remove(scope);
        container.ChildScopeId = null;
        CloseBookmarks(container);
        State.Tokens.Remove(container);
        Emit(new ScopeCompleted(node.Id));
        Leave(parent, node);
    }

    private void CompleteScope(ScopeState scope, FlowNode? terminatedBy)
    {
        if (scope.ParentId is null)
        {
            scope.Ended = true;
            State.Status = terminatedBy is null ? InstanceStatus.Completed : InstanceStatus.Terminated;
            Emit(terminatedBy is null ? new ProcessCompleted(scope.ProcessId) : new ProcessTerminated(terminatedBy.Id));
            return;
        }

        if (terminatedBy is not null)
        {
            // Work still queued in the terminated scope must not run.
            scope.Ended = true;
        }

        if (scope.Kind == ScopeKind.CallActivity)
        {
            var (parent, _, node) = Container(scope);
            MapOut(scope, parent, (CallActivityNode)node);
        }

        EndChildScope(scope);
    }

    private void CancelTokensOf(ScopeState scope)
    {
        List<TokenState>? inScope = null;
        foreach (var token in State.Tokens)
        {
            if (token.ScopeId == scope.Id)
            {
                (inScope ??= []).Add(token);
            }
        }

        if (inScope is null)
        {
            return;
        }

        foreach (var token in inScope)
        {
            CancelToken(token);
        }
    }
}
