namespace WorkflowDms.Rules;

/// <summary>Whether one rule expression compiles against its rule set's inputs.</summary>
/// <param name="Ok">True when it compiles to a boolean.</param>
/// <param name="Message">The compiler's message when it does not, else null.</param>
public sealed record ExpressionCheckResult(bool Ok, string? Message);
