namespace WorkflowDms.Engine.Expressions.Syntax;

internal sealed class ConditionalNode(ExprNode condition, ExprNode whenTrue, ExprNode whenFalse) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context) =>
        ValueTypes.AsBool(condition.Evaluate(context), "condition of ?:")
            ? whenTrue.Evaluate(context)
            : whenFalse.Evaluate(context);
}
