using System.Text.Json;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Returns;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>
/// What every return step needs: the return of the running instance (tracked, in this command's unit of
/// work), the clock, and an audit entry plus a case event for each status change it causes.
/// </summary>
internal sealed class ReturnStepContext(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events, ExecutionScope scope, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Actor Actor => scope.Actor;

    public WorkflowDmsDbContext Db => db;

    public ReturnRequest Load(ServiceTaskContext context) =>
        ReturnKeys.TryParse(context.BusinessKey, out var returnId)
            ? ReturnLookup.Find(db, returnId)
            : throw new BpmnErrorException("not-a-return", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}', which is not a return.");

    /// <summary>Runs a status change on the return, audits it with from and to, and publishes it.</summary>
    public void Change(ReturnRequest request, string step, Action<ReturnRequest> change, Func<ReturnRequest, object?>? details = null)
    {
        var from = request.Status;
        change(request);
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, ReturnKeys.AuditSubject(request.Id), request.OrgPath, new
        {
            caseType = ReturnKeys.CaseType,
            step,
            from = from.ToString(),
            to = request.Status.ToString(),
            reason = request.DecisionReasonCode,
            comment = request.DecisionComment,
            details = details?.Invoke(request),
        });
        events.StatusChangedTo(
            new CaseReference(ReturnKeys.CaseType, request.Id, request.Number, request.OrgNodeId, request.OrgPath),
            request.DealerId,
            request.Status.ToString(),
            new { from = from.ToString(), reason = request.DecisionReasonCode, request.RmaNumber, request.CreditNoteNumber });
    }

    public void Audit(ReturnRequest request, AuditAction action, object data) =>
        audit.Append(scope.Actor, action, ReturnKeys.AuditSubject(request.Id), request.OrgPath, data);

    /// <summary>The first fired rule with one of the decisive outcomes: its reason code and message explain an automatic rejection.</summary>
    public static (string ReasonCode, string Message)? DecisiveRule(ReturnRequest request, params string[] outcomes)
    {
        if (request.LastRuleResultJson is null)
        {
            return null;
        }

        var result = JsonSerializer.Deserialize<RuleResultView>(request.LastRuleResultJson, Json);
        var rule = outcomes.Select(o => result?.FiredRules.FirstOrDefault(r => r.Outcome == o)).FirstOrDefault(r => r is not null);
        return rule is null ? null : (rule.ReasonCode, rule.Message);
    }

    public static string? Text(ServiceTaskContext context, string name) => context.Variables.GetValueOrDefault(name) as string;
}
