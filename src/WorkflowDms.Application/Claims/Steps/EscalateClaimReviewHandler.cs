using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// The review was not done in time: the claim stays in review, the process hands it to the supervisors.
/// This step only records the escalation, so the audit trail shows why the reviewer's task disappeared.
/// </summary>
internal sealed class EscalateClaimReviewHandler(ClaimStepContext steps, AuditTrail audit, ExecutionScope scope) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.Escalate;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        audit.Append(scope.Actor, AuditAction.ClaimStatusChanged, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
            new { step = "escalate", from = claim.Status.ToString(), to = claim.Status.ToString(), reason = "review overdue", to_group = "warranty-supervisors" });
        return new Dictionary<string, object?>();
    }
}
