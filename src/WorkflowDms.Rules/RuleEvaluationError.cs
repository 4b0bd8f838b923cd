namespace WorkflowDms.Rules;

/// <summary>A rule whose condition could not be evaluated (e.g. a null member); it is not reported as fired.</summary>
/// <param name="RuleName">The rule's name.</param>
/// <param name="Message">The error, as RulesEngine reported it.</param>
public sealed record RuleEvaluationError(string RuleName, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"rule '{RuleName}': {Message}";
}
