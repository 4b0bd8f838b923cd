namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A test-bench run: every rule, fired or not, and the overall result.</summary>
/// <param name="Version">The version that ran; 0 for the draft.</param>
/// <param name="Outcome">The decisive outcome (auto-pass when nothing fired).</param>
/// <param name="ReasonCodes">The distinct reason codes of the fired rules.</param>
/// <param name="RuleSet">The rule set.</param>
/// <param name="Rules">Every rule in evaluation order, fired or not.</param>
public sealed record RuleSetTestView(
    string RuleSet, int Version, IReadOnlyList<RuleTestView> Rules, string Outcome, IReadOnlyList<string> ReasonCodes)
{
    /// <summary>What ran: <c>draft</c>, <c>latest</c> or <c>version</c>.</summary>
    public string Source { get; init; } = "latest";
}
