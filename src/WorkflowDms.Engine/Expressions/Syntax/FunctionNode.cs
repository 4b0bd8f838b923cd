namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary>
/// The global functions: <c>now()</c> and Camunda's <c>dateTime()</c>. Both return the step's time (the
/// <c>now</c> the caller passed in), never the wall clock, so a replay gives the same result.
/// </summary>
internal sealed class FunctionNode(string name) : ExprNode
{
    public static readonly string[] Names = ["now", "dateTime"];

    public override object? Evaluate(in EvaluationContext context) => name switch
    {
        "now" or "dateTime" => context.Now,
        _ => throw new ExpressionException($"unknown function '{name}'"),
    };
}
