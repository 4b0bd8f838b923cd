namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class RelationalNode(string op, ExprNode left, ExprNode right) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) =>
        Comparison.Order(op, left.Evaluate(context), right.Evaluate(context));
}
