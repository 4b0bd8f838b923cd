using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A draft or version that does not compile was asked to run or publish (HTTP 422 with the problems).</summary>
public sealed class RuleSetDoesNotCompileException(string name, IReadOnlyList<RuleSetProblemView> problems)
    : DomainException("rule-set-does-not-compile", $"Rule set '{name}' does not compile: {string.Join("; ", problems.Select(p => p.ToString()))}")
{
    public IReadOnlyList<RuleSetProblemView> Problems { get; } = problems;
}
