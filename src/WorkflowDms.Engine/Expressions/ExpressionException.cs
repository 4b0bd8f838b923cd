namespace WorkflowDms.Engine.Expressions;

/// <summary>
/// A <c>${...}</c> expression could not be parsed (at deployment) or evaluated (at run time).
/// The executor wraps evaluation failures in a <see cref="Execution.WorkflowExecutionException"/> naming the element.
/// </summary>
internal sealed class ExpressionException(string message) : Exception(message);
