using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>Rejects a claim: after adjudication with the rule's reason (e.g. EW, expired coverage), or after review.</summary>
internal sealed class RejectClaimHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.Reject;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var (reason, comment) = claim.Status == ClaimStatus.Submitted
            ? ClaimStepContext.DecisiveRule(claim, "reject") ?? ("NEW", "Rejected by adjudication.")
            : (ClaimStepContext.Text(context, "reasonCode") ?? "NEW", ClaimStepContext.Text(context, "comment"));
        steps.Change(claim, "reject", c => c.Reject(reason, comment, steps.Now));
        return new Dictionary<string, object?>();
    }
}
