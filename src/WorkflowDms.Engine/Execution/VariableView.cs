using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// The variables visible at a token: its locals (multi-instance), then each enclosing scope up to and including
/// the first that owns variables (the process, or a called process, which does not see its caller's).
/// </summary>
internal sealed class VariableView(ExecutionRun run, ScopeState scope, TokenState? token) : IVariableSource
{
    public bool TryGet(string name, out object? value)
    {
        if (token?.Locals is { } locals && locals.TryGetValue(name, out value))
        {
            return true;
        }

        var current = scope;
        while (true)
        {
            if (current.Variables is { } variables && variables.TryGetValue(name, out value))
            {
                return true;
            }

            if (current.OwnsVariables || current.ParentId is null)
            {
                value = null;
                return false;
            }

            current = run.GetScope(current.ParentId.Value);
        }
    }
}
