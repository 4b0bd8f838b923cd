using WorkflowDms.Domain.Claims;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>
/// Approves a claim: automatically after adjudication, or by a reviewer's decision. Tells the process
/// whether an old part must come back (a returnable part was approved for payment, domain-reference W-52).
/// </summary>
internal sealed class ApproveClaimHandler(ClaimStepContext steps, WorkflowDmsDbContext db) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.Approve;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        if (claim.Status == ClaimStatus.Submitted)
        {
            steps.Change(claim, "auto-approve", c => c.AutoApprove(steps.Now));
        }
        else
        {
            steps.Change(claim, "approve", c => c.Approve(ClaimStepContext.Text(context, "reasonCode"), ClaimStepContext.Text(context, "comment"), steps.Now));
        }

        var approvedParts = claim.Lines
            .Where(l => l.Type == ClaimLineType.Part && l.PartNumber is not null && l.ApprovedAmountMinor > 0)
            .Select(l => l.PartNumber!)
            .ToList();
        var returnRequired = approvedParts.Count > 0 && db.Parts.Any(p => approvedParts.Contains(p.PartNumber) && p.Returnable);
        return new Dictionary<string, object?> { ["partsReturnRequired"] = returnRequired };
    }
}
