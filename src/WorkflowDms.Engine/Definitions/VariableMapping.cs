using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Definitions;

/// <summary>A <c>camunda:in</c>/<c>camunda:out</c> of a call activity.</summary>
/// <param name="Source">Variable to copy, or null.</param>
/// <param name="SourceExpression">Expression whose value is copied, or null.</param>
/// <param name="Target">Variable written on the other side.</param>
/// <param name="AllVariables"><c>variables="all"</c>: copy every variable.</param>
internal sealed record VariableMapping(string? Source, CompiledExpression? SourceExpression, string? Target, bool AllVariables);
