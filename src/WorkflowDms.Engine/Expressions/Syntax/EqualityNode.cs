namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class EqualityNode(bool negate, ExprNode left, ExprNode right) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) =>
        Comparison.AreEqual(left.Evaluate(context), right.Evaluate(context)) != negate;
}
