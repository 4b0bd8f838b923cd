namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class NegateNode(ExprNode operand) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) => Arithmetic.Negate(operand.Evaluate(context));
}
