using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// Returns a claim to the dealer for correction: after adjudication with the reason of the rule that asked
/// for it, or after review with the reviewer's reason and comment.
/// </summary>
internal sealed class SendBackClaimHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.SendBack;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var (reason, comment) = claim.Status == ClaimStatus.Submitted
            ? ClaimStepContext.DecisiveRule(claim, "send-back") ?? ("IIS", "Returned by adjudication.")
            : (ClaimStepContext.Text(context, "reasonCode") ?? "IIS", ClaimStepContext.Text(context, "comment"));
        steps.Change(claim, "send-back", c => c.SendBack(reason, comment, steps.Now));
        return new Dictionary<string, object?>();
    }
}
