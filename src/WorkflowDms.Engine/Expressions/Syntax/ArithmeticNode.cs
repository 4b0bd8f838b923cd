namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class ArithmeticNode(char op, ExprNode left, ExprNode right) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) =>
        Arithmetic.Apply(op, left.Evaluate(context), right.Evaluate(context));
}
