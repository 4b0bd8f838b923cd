using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// What every claim step needs: the claim of the running instance (tracked, in this command's unit of work),
/// the clock, and an audit entry for each status change it causes.
/// </summary>
internal sealed class ClaimStepContext(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events, ExecutionScope scope, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Claim Load(ServiceTaskContext context) =>
        ClaimKeys.TryParse(context.BusinessKey, out var claimId)
            ? ClaimLookup.Find(db, claimId)
            : throw new BpmnErrorException("not-a-claim", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}', which is not a claim.");

    /// <summary>Runs a status change on the claim and audits it with the from and to states.</summary>
    public void Change(Claim claim, string step, Action<Claim> change, object? details = null)
    {
        var from = claim.Status;
        change(claim);
        audit.Append(scope.Actor, AuditAction.ClaimStatusChanged, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath, new
        {
            step,
            from = from.ToString(),
            to = claim.Status.ToString(),
            claim.DecisionReasonCode,
            claim.DecisionComment,
            details,
        });
        events.StatusChangedTo(
            new CaseReference(ClaimKeys.CaseType, claim.Id, claim.Number, claim.OrgNodeId, claim.OrgPath),
            claim.DealerId,
            claim.Status.ToString(),
            new { from = from.ToString(), claim.DecisionReasonCode, claim.DealerClaimNumber });
    }

    /// <summary>The first fired rule with the decisive outcome: its reason code and message explain the decision to the dealer.</summary>
    public static (string ReasonCode, string Message)? DecisiveRule(Claim claim, string outcome)
    {
        if (claim.LastRuleResultJson is null)
        {
            return null;
        }

        var result = System.Text.Json.JsonSerializer.Deserialize<RuleResultView>(claim.LastRuleResultJson, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        var rule = result?.FiredRules.FirstOrDefault(r => r.Outcome == outcome);
        return rule is null ? null : (rule.ReasonCode, rule.Message);
    }

    public static string? Text(ServiceTaskContext context, string name) => context.Variables.GetValueOrDefault(name) as string;
}
