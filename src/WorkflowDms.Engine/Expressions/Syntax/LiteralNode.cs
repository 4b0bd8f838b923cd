namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class LiteralNode(object? value) : ExprNode
{
    public object? Value { get; } = value;

    public override object? Evaluate(in EvaluationContext context) => Value;
}
