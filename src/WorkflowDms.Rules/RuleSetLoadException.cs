namespace WorkflowDms.Rules;

/// <summary>
/// A rule set could not be loaded; the catalog refuses to start rather than run with a partial policy.
/// The message names the file, the rule (when the problem is in one) and the error.
/// </summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="fileName"/> with at least one problem.</summary>
    public RuleSetLoadException(string fileName, IReadOnlyList<RuleSetProblem> problems)
        : base(Describe(fileName, problems))
    {
        FileName = fileName;
        Problems = problems;
    }

    /// <summary>The rule-set file, by name (e.g. <c>warranty-claim.json</c>).</summary>
    public string FileName { get; }

    /// <summary>The rule of the first problem, or null when that problem concerns the whole file.</summary>
    public string? RuleName => Problems.Count == 0 ? null : Problems[0].RuleName;

    /// <summary>Everything found wrong with the file.</summary>
    public IReadOnlyList<RuleSetProblem> Problems { get; }

    private static string Describe(string fileName, IReadOnlyList<RuleSetProblem> problems) =>
        problems.Count == 1
            ? $"Rule set '{fileName}' is invalid: {problems[0]}"
            : $"Rule set '{fileName}' is invalid ({problems.Count} problems):{Environment.NewLine}  "
              + string.Join(Environment.NewLine + "  ", problems);
}
