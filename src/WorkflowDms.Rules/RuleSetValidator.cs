using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules;

/// <summary>
/// Validates rule-set files exactly as the catalog would load them (shape, conventions, and compilation of every
/// expression against the declared inputs), for the CLI and the designer. Never throws because of the content.
/// </summary>
/// <param name="factTypes">Resolves the fact types the rule sets declare.</param>
public sealed class RuleSetValidator(IFactTypeResolver factTypes)
{
    private readonly IFactTypeResolver _factTypes = factTypes ?? throw new ArgumentNullException(nameof(factTypes));

    /// <summary>Validates the file at <paramref name="path"/>; a missing or unreadable file is INVALID.</summary>
    public RuleSetValidationResult ValidateFile(string path)
    {
        var fileName = SafeFileName(path);
        return Guard(fileName, problems => RuleSetLoader.LoadFile(path, _factTypes, problems).Definition);
    }

    /// <summary>Validates rule-set JSON as if it were the file <paramref name="fileName"/> (whose name must match WorkflowName).</summary>
    public RuleSetValidationResult Validate(string fileName, string json)
    {
        var name = SafeFileName(fileName);
        return json is null
            ? new RuleSetValidationResult(name, null, 0, [new(null, "no content")])
            : Guard(name, problems => RuleSetLoader.Load(name, json, _factTypes, problems).Definition);
    }

    private static RuleSetValidationResult Guard(string fileName, Func<List<RuleSetProblem>, RuleSetDefinition?> load)
    {
        var problems = new List<RuleSetProblem>();
        RuleSetDefinition? definition = null;
        try
        {
            definition = load(problems);
        }
        catch (Exception ex)
        {
            // The validator's contract is a verdict for any input; an exception here is a defect in a library
            // underneath, reported as a problem rather than crashing the CLI.
            problems.Add(new(null, $"unexpected error while validating: {ex.GetType().Name}: {ex.Message}"));
        }

        return new RuleSetValidationResult(fileName, definition?.Name, definition?.Rules.Count ?? 0, problems);
    }

    private static string SafeFileName(string? path)
    {
        try
        {
            return string.IsNullOrEmpty(path) ? "(no file name)" : Path.GetFileName(path);
        }
        catch (ArgumentException)
        {
            return path!;
        }
    }
}
