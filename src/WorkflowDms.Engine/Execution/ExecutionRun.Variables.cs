using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Execution;

/// <summary>Reading and writing variables along the scope chain; call-activity mappings.</summary>
internal sealed partial class ExecutionRun
{
    public EvaluationContext Context(ScopeState scope, TokenState? token) => new(new VariableView(this, scope, token), Now);

    /// <summary>Runs an evaluation, naming the element if it fails.</summary>
    public T Guard<T>(FlowNode node, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (ExpressionException ex)
        {
            throw new WorkflowExecutionException(node.Id, ex.Message, ex);
        }
    }

    /// <summary>The scope that owns the variables written from <paramref name="scope"/>.</summary>
    public ScopeState Owner(ScopeState scope)
    {
        var current = scope;
        while (!current.OwnsVariables && current.ParentId is { } parentId)
        {
            current = GetScope(parentId);
        }

        return current;
    }

    /// <summary>Writes a variable: a token local of that name if there is one, else the owning scope.</summary>
    public void SetVariable(ScopeState scope, TokenState? token, string name, object? value)
    {
        if (token?.Locals is { } locals && locals.ContainsKey(name))
        {
            locals[name] = value;
            return;
        }

        var owner = Owner(scope);
        (owner.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
    }

    public void MergeVariables(ScopeState scope, TokenState? token, IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null)
        {
            return;
        }

        foreach (var (name, value) in variables)
        {
            SetVariable(scope, token, name, VariableValues.Normalize(value));
        }
    }

    /// <summary>A snapshot of every variable visible at a token, for handlers and rule sets.</summary>
    public Dictionary<string, object?> VisibleVariables(ScopeState scope, TokenState? token)
    {
        var chain = new List<ScopeState>();
        var current = scope;
        while (true)
        {
            chain.Add(current);
            if (current.OwnsVariables || current.ParentId is null)
            {
                break;
            }

            current = GetScope(current.ParentId.Value);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].Variables is { } variables)
            {
                foreach (var (name, value) in variables)
                {
                    result[name] = value;
                }
            }
        }

        if (token?.Locals is { } locals)
        {
            foreach (var (name, value) in locals)
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>Applies <c>camunda:in</c> mappings: what the called process starts with.</summary>
    public Dictionary<string, object?> MapIn(ScopeState caller, CallActivityNode node) =>
        Map(caller, node.In, node, VisibleVariables(caller, null));

    private void MapOut(ScopeState called, ScopeState caller, CallActivityNode node)
    {
        var values = Map(called, node.Out, node, called.Variables ?? []);
        foreach (var (name, value) in values)
        {
            SetVariable(caller, null, name, value);
        }
    }

    // A missing source variable maps to null, as in Camunda.
    private Dictionary<string, object?> Map(
        ScopeState from, IReadOnlyList<VariableMapping> mappings, FlowNode node, IReadOnlyDictionary<string, object?> source)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            if (mapping.AllVariables)
            {
                foreach (var (name, value) in source)
                {
                    result[name] = value;
                }
            }
            else if (mapping.SourceExpression is { } expression)
            {
                var context = Context(from, null);
                result[mapping.Target!] = VariableValues.Normalize(Guard(node, () => expression.Evaluate(context)));
            }
            else
            {
                result[mapping.Target!] = source.TryGetValue(mapping.Source!, out var value) ? value : null;
            }
        }

        return result;
    }
}
