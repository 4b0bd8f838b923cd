using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// Rejects a claim: after adjudication with the rule's reason (e.g. EW, expired coverage), or after review or
/// an appeal review. Tells the process whether the dealer may still appeal (<c>appealAllowed</c>).
/// </summary>
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

        // W-60: a rejection may be appealed once; the process then waits for the appeal or its window.
        return new Dictionary<string, object?> { ["appealAllowed"] = claim.AppealCount == 0 && !claim.PartsReturnRequired };
    }
}
