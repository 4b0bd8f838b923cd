using WorkflowDms.Application.Security;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Orders.Steps;

/// <summary>
/// The approval gap was not resolved within its due time (timer <c>approvalGapOverdue</c>): the order stays on hold
/// (NOA) and the decision goes one level up to the HQ admins, who can fix the matrix or the staff themselves —
/// never the order's creator or submitter (four-eyes, O-16/O-17). When the gap task already was the admins' (no HQ
/// sales manager) or no other admin is left, the same deciders get it again: there is nobody higher. This step
/// records why the first task disappeared and to whom the order went.
/// </summary>
internal sealed class EscalateOrderApprovalGapHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.EscalateApprovalGap;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var admins = HoldOrderForApproverHandler.HqMembers(steps.Db, Groups.Admins, order.CreatedBy, order.SubmittedBy);
        var previous = (OrderStepContext.Text(context, "approvalGapUsers") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var deciders = admins.Count > 0 ? admins : [.. previous];
        steps.AuditStep(order, "escalate", "approval gap overdue", admins.Count > 0 ? Groups.Admins : OrderGroups.SalesManagers, deciders.Count);
        return new Dictionary<string, object?> { ["escalatedApprovalGapUsers"] = string.Join(',', deciders) };
    }
}
