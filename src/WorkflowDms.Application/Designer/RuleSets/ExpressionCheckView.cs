namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Whether an expression compiles; the compiler's message when it does not.</summary>
public sealed record ExpressionCheckView(bool Ok, string? Message);
