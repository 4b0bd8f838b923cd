using WorkflowDms.Domain.Returns;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>
/// Rejects a return: after the eligibility check with the decisive rule's reason, after the parts manager's
/// decision with theirs, or after an inspection that accepted nothing.
/// </summary>
internal sealed class RejectReturnHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.Reject;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        var (reason, comment) = context.ElementId == "rejectIneligibleReturn"
            ? ReturnStepContext.DecisiveRule(request, "block", "reject") ?? ("NOT-ELIGIBLE", "Refused by the returns policy.")
            : (ReturnStepContext.Text(context, "reasonCode") ?? (request.Status == ReturnStatus.Inspected ? "INSPECTION" : "NOT-ELIGIBLE"), ReturnStepContext.Text(context, "comment"));
        steps.Change(request, "reject", r => r.Reject(reason, comment, steps.Now));
        return new Dictionary<string, object?>();
    }
}
