namespace WorkflowDms.Engine.Expressions;

/// <summary>Variables from one dictionary; used by tests and by deployment-time checks.</summary>
internal sealed class DictionaryVariableSource(IReadOnlyDictionary<string, object?> variables) : IVariableSource
{
    public bool TryGet(string name, out object? value) => variables.TryGetValue(name, out value);
}
