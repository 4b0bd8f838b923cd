namespace WorkflowDms.Rules;

/// <summary>Test-bench facts that do not fit the rule set's declared inputs; names the offending field.</summary>
public sealed class RuleSetFactsException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> (a JSON path such as <c>facts.claim.totalAmount</c>).</summary>
    public RuleSetFactsException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The JSON path of the field, e.g. <c>facts.claim.totalAmount</c>.</summary>
    public string Field { get; }
}
