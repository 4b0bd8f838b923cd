using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Rules;

namespace WorkflowDms.Cli.Validation;

/// <summary>
/// Gives one verdict per file. BPMN goes through the engine's deployer (the same checks the host makes at
/// start-up); rule sets through the rule-set validator with the domain's fact types. Decision refs are
/// checked for presence only, since the command line validates files one by one, without the rule sets.
/// </summary>
internal sealed class FileValidator
{
    private const long MaxFileBytes = 20 * 1024 * 1024;
    private readonly BpmnDeployer bpmn = new();
    private readonly RuleSetValidator ruleSets = new(FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!));

    public string Validate(string path, FileKind kind)
    {
        try
        {
            if (kind == FileKind.Missing)
            {
                return "INVALID - file: no such file or directory";
            }

            if (new FileInfo(path).Length > MaxFileBytes)
            {
                return $"INVALID - file: larger than {MaxFileBytes / (1024 * 1024)} MB";
            }

            return kind == FileKind.RuleSet ? RuleSetVerdict(path) : BpmnVerdict(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"INVALID - file: {e.Message}";
        }
    }

    private string BpmnVerdict(string path)
    {
        using var stream = File.OpenRead(path);
        return bpmn.Deploy(stream, Path.GetFileName(path)).ToSummaryLine();
    }

    private string RuleSetVerdict(string path)
    {
        var result = ruleSets.ValidateFile(path);
        return result.IsValid ? "OK" : $"INVALID {string.Join("; ", result.Problems)}";
    }
}
