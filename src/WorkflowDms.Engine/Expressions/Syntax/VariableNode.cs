namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class VariableNode(string name) : ExprNode
{
    public string Name { get; } = name;

    public override object? Evaluate(in EvaluationContext context) =>
        context.Variables.TryGet(Name, out var value)
            ? value
            : throw new ExpressionException($"unknown variable '{Name}'");
}
