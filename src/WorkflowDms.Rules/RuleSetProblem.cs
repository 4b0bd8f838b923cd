namespace WorkflowDms.Rules;

/// <summary>One thing wrong with a rule-set file.</summary>
/// <param name="RuleName">The rule it concerns, or null when it concerns the file or the rule set as a whole.</param>
/// <param name="Message">What is wrong, in words an analyst can act on.</param>
public sealed record RuleSetProblem(string? RuleName, string Message)
{
    /// <summary><c>rule 'W-12-coverage-time': message</c>, or just the message for file-level problems.</summary>
    public override string ToString() => RuleName is null ? Message : $"rule '{RuleName}': {Message}";
}
