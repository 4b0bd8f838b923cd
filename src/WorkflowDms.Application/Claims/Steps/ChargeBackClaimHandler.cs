using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// The old part did not come back in time, or failed inspection: the approval is withdrawn with the reason
/// the outcome calls for (domain-reference W-53/W-56, X12 1172): not returned or missing → PNR, no defect
/// found → NDF, damaged so the defect cannot be established → PD.
/// </summary>
internal sealed class ChargeBackClaimHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.ChargeBack;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var inspection = ClaimStepContext.Text(context, "inspection");
        var (reason, comment) = inspection switch
        {
            null => (ClaimReasonCodes.PartsNotReturned, "The old part was not returned by the deadline."),
            "no-fault-found" => (ClaimReasonCodes.NoDefectFound, Describe("no fault found", context)),
            "damaged" => (ClaimReasonCodes.PartDamaged, Describe("part damaged, defect cannot be established", context)),
            "missing" => (ClaimReasonCodes.PartsNotReturned, Describe("part missing from the shipment", context)),
            _ => throw new BpmnErrorException("unknown-inspection", $"Inspection result '{inspection}' is not a charge-back outcome."),
        };
        steps.Change(claim, "charge-back", c => c.ChargeBack(reason, comment, steps.Now), new { inspection });
        return new Dictionary<string, object?>();
    }

    private static string Describe(string outcome, ServiceTaskContext context) =>
        $"Returned part inspection: {outcome}. {ClaimStepContext.Text(context, "comment")}".Trim();
}
