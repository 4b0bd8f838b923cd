using WorkflowDms.Application.Security;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// The review was not decided within 2 days (timer <c>reviewOverdue</c>): the request stays submitted and the
/// process hands it to the warranty supervisors. This step records why the reviewers' task disappeared.
/// </summary>
internal sealed class PreAuthorizationEscalateHandler(PreAuthorizationStepContext steps) : IServiceTaskHandler
{
    public string Key => PreAuthorizationKeys.EscalateTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var pa = steps.Load(context);
        steps.Audit(pa, new
        {
            caseType = PreAuthorizationKeys.CaseType,
            step = "escalate",
            from = pa.Status.ToString(),
            to = pa.Status.ToString(),
            reason = "review overdue",
            toGroup = Groups.WarrantySupervisors,
        });
        return new Dictionary<string, object?>();
    }
}
