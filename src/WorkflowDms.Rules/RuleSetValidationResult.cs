namespace WorkflowDms.Rules;

/// <summary>The verdict on one rule-set file, for the CLI and the designer.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="RuleSetName">The <c>WorkflowName</c> when it could be read, else null.</param>
/// <param name="RuleCount">How many rules the file holds (0 when it could not be read).</param>
/// <param name="Problems">Everything wrong with it; empty when it is valid.</param>
public sealed record RuleSetValidationResult(
    string FileName, string? RuleSetName, int RuleCount, IReadOnlyList<RuleSetProblem> Problems)
{
    /// <summary>True when the file loads, every rule compiles against the declared inputs and nothing is wrong.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary><c>OK file: N rules</c> or <c>INVALID file: rule 'x': reason; ...</c>.</summary>
    public override string ToString() =>
        IsValid
            ? $"OK {FileName}: {RuleCount} rules"
            : $"INVALID {FileName}: {string.Join("; ", Problems)}";
}
