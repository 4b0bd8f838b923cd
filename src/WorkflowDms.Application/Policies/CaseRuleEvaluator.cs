using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Policies;

/// <summary>
/// The rule evaluator the engine sees inside a command. For a rule set with a facts provider it replaces the
/// raw process variables with the case's typed facts, stores the result with the case and writes it to the
/// audit trail — in the command's transaction. Other rule sets pass through unchanged.
/// </summary>
internal sealed class CaseRuleEvaluator(
    IRuleEvaluator policies,
    IEnumerable<IRuleFactsProvider> providers,
    CaseDirectory cases,
    AuditTrail audit,
    ExecutionScope scope,
    TimeProvider clock)
    : IRuleEvaluator
{
    private readonly Dictionary<string, IRuleFactsProvider> byRuleSet = providers.ToDictionary(p => p.RuleSet, StringComparer.Ordinal);

    public bool HasRuleSet(string ruleSetName) => policies.HasRuleSet(ruleSetName);

    public RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input)
    {
        var businessKey = input.GetValueOrDefault("businessKey") as string;
        if (!byRuleSet.TryGetValue(ruleSetName, out var provider) || !CaseDirectory.TryParse(businessKey, out _, out var caseId))
        {
            return policies.Evaluate(ruleSetName, input);
        }

        var evaluation = policies.Evaluate(ruleSetName, provider.Build(caseId, input));
        var view = RuleResultView.From(evaluation, clock.GetUtcNow().UtcDateTime);
        provider.Record(caseId, view);
        var @case = cases.Resolve(businessKey);
        audit.Append(scope.Actor, AuditAction.RulesEvaluated, businessKey!, @case.OrgPath,
            new { view.RuleSet, view.Version, view.Decision, view.RulesEvaluated, fired = view.FiredRules });
        return evaluation;
    }
}
