namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary>A node of a compiled expression tree. Trees are built once at deployment and evaluated many times.</summary>
internal abstract class ExprNode
{
    public abstract object? Evaluate(in EvaluationContext context);
}
