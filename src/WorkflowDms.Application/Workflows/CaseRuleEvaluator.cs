using System.Text.Json;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Claims;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// The rule evaluator the engine sees inside a command. For a case's rule set it replaces the raw process
/// variables with the case's typed facts (the rule sets are compiled for those types at start-up), then
/// stores the result with the case and writes it to the audit trail — in the command's transaction.
/// Other rule sets pass through to the policy evaluator unchanged.
/// </summary>
internal sealed class CaseRuleEvaluator(IRuleEvaluator policies, WorkflowDmsDbContext db, AuditTrail audit, ExecutionScope scope, TimeProvider clock)
    : IRuleEvaluator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool HasRuleSet(string ruleSetName) => policies.HasRuleSet(ruleSetName);

    public RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input)
    {
        if (ruleSetName != ClaimKeys.RuleSet || !ClaimKeys.TryParse(input.GetValueOrDefault("businessKey") as string, out var claimId))
        {
            return policies.Evaluate(ruleSetName, input);
        }

        var claim = ClaimLookup.Find(db, claimId);
        var now = clock.GetUtcNow().UtcDateTime;
        var manualAudit = input.GetValueOrDefault("manualAuditRequested") is true;
        var evaluation = policies.Evaluate(ruleSetName, ClaimFactsBuilder.Build(db, claim, manualAudit, now));

        var view = new RuleResultView(
            evaluation.RuleSet,
            evaluation.Decision.ToName(),
            evaluation.RulesEvaluated,
            now,
            evaluation.FiredRules.Select(r => new FiredRuleView(r.RuleName, r.Outcome.ToName(), r.ReasonCode, r.Message)).ToList());
        claim.RecordRuleResult(JsonSerializer.Serialize(view, Json), now);
        audit.Append(scope.Actor, AuditAction.RulesEvaluated, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
            new { view.RuleSet, view.Decision, view.RulesEvaluated, fired = view.FiredRules });
        return evaluation;
    }
}
