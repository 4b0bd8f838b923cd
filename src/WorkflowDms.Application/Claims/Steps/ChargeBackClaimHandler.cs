using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// The old part did not come back in time, or failed inspection: the approval is withdrawn (X12 PNR,
/// domain-reference W-53/W-56).
/// </summary>
internal sealed class ChargeBackClaimHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.ChargeBack;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var inspection = ClaimStepContext.Text(context, "inspection");
        var comment = inspection is null ? "The old part was not returned by the deadline." : $"Returned part inspection: {inspection}. {ClaimStepContext.Text(context, "comment")}".Trim();
        steps.Change(claim, "charge-back", c => c.ChargeBack(comment, steps.Now));
        return new Dictionary<string, object?>();
    }
}
