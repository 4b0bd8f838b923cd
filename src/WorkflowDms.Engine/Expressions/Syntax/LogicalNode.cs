namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary><c>&amp;&amp;</c> and <c>||</c>, short-circuiting; both operands must be booleans.</summary>
internal sealed class LogicalNode(bool isAnd, ExprNode left, ExprNode right) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context)
    {
        var l = ValueTypes.AsBool(left.Evaluate(context), isAnd ? "left operand of &&" : "left operand of ||");
        if (l != isAnd)
        {
            return l;
        }

        return ValueTypes.AsBool(right.Evaluate(context), isAnd ? "right operand of &&" : "right operand of ||");
    }
}
