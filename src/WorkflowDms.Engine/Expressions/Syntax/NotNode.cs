namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class NotNode(ExprNode operand) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) =>
        !ValueTypes.AsBool(operand.Evaluate(context), "operand of !");
}
