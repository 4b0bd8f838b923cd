using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>
/// The approval was not decided in time: the return stays requested and the process hands it to the parts
/// supervisors. This step records why the parts manager's task disappeared.
/// </summary>
internal sealed class EscalateReturnApprovalHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.Escalate;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Audit(request, AuditAction.CaseStatusChanged, new
        {
            caseType = ReturnKeys.CaseType,
            step = "escalate",
            from = request.Status.ToString(),
            to = request.Status.ToString(),
            reason = "approval overdue",
            toGroup = ReturnGroups.PartsSupervisors,
        });
        return new Dictionary<string, object?>();
    }
}
