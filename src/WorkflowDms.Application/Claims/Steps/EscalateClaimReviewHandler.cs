using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// The review was not done in time: the claim stays in review, the process hands it to the next group up
/// (<c>escalateReview</c>: reviewers → supervisors; <c>escalateAppeal</c>: an appeal's supervisors → managers).
/// This step only records the escalation, so the audit trail shows why the previous task disappeared.
/// </summary>
internal sealed class EscalateClaimReviewHandler(ClaimStepContext steps, AuditTrail audit, ExecutionScope scope) : IServiceTaskHandler
{
    /// <summary>The appeal's escalation task in warranty-claim.bpmn (the other is <c>escalateReview</c>).</summary>
    public const string AppealElementId = "escalateAppeal";

    public string Key => ClaimHandlerKeys.Escalate;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var (reason, toGroup) = context.ElementId == AppealElementId
            ? ("appeal review overdue", WarrantyGroups.Managers)
            : ("review overdue", "warranty-supervisors");
        audit.Append(scope.Actor, AuditAction.ClaimStatusChanged, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
            new { step = "escalate", from = claim.Status.ToString(), to = claim.Status.ToString(), reason, toGroup });
        return new Dictionary<string, object?>();
    }
}
