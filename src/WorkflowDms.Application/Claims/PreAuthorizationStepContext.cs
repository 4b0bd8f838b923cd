using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// What every pre-authorisation step needs: the pre-authorisation of the running instance (tracked, in this
/// command's unit of work), who acts, the clock, and an audit entry plus a case event for each status change.
/// </summary>
internal sealed class PreAuthorizationStepContext(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events, ExecutionScope scope, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Actor Actor => scope.Actor;

    public PreAuthorization Load(ServiceTaskContext context) =>
        PreAuthorizationKeys.TryParse(context.BusinessKey, out var id)
            ? PreAuthorizationLookup.Find(db, id)
            : throw new BpmnErrorException("not-a-pre-authorization", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}', which is not a pre-authorisation.");

    /// <summary>Runs a status change through the pre-authorisation's lifecycle, audits it with from and to, and publishes it.</summary>
    public void Change(PreAuthorization pa, string step, Action<PreAuthorization> change)
    {
        var from = pa.Status;
        change(pa);
        Audit(pa, new
        {
            caseType = PreAuthorizationKeys.CaseType,
            step,
            from = from.ToString(),
            to = pa.Status.ToString(),
            reason = pa.DecisionReasonCode,
            comment = pa.DecisionComment,
            authorizedMax = pa.AuthorizedMaxMinor is { } m ? m / 100m : (decimal?)null,
            pa.ValidUntil,
        });
        events.StatusChangedTo(
            new CaseReference(PreAuthorizationKeys.CaseType, pa.Id, pa.Number, pa.OrgNodeId, pa.OrgPath), pa.DealerId, pa.Status.ToString(),
            new { from = from.ToString(), pa.DecisionReasonCode });
    }

    public void Audit(PreAuthorization pa, object data) =>
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, PreAuthorizationKeys.AuditSubject(pa.Id), pa.OrgPath, data);

    public static string? Text(ServiceTaskContext context, string name) => context.Variables.GetValueOrDefault(name) as string;
}
