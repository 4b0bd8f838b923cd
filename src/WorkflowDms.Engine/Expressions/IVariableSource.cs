namespace WorkflowDms.Engine.Expressions;

/// <summary>Where an expression finds its variables (the instance scope chain at the current element).</summary>
internal interface IVariableSource
{
    bool TryGet(string name, out object? value);
}
