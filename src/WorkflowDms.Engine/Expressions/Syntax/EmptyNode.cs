namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary>JUEL's <c>empty x</c>: true for null, an empty string, list or map.</summary>
internal sealed class EmptyNode(ExprNode operand) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context)
    {
        // An unknown variable is "empty" in JUEL; keep that, it is the idiom's whole point.
        if (operand is VariableNode v && !context.Variables.TryGet(v.Name, out _))
        {
            return true;
        }

        return ValueTypes.IsEmpty(operand.Evaluate(context));
    }
}
