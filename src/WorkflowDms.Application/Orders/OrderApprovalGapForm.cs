using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Orders;

/// <summary>
/// HQ's decision on an order no delegation-of-authority approver may decide (held with NOA): route it again once the
/// matrix or the staff are fixed, or reject it with a reason the dealer sees.
/// </summary>
internal sealed class OrderApprovalGapForm : ITaskForm
{
    public string FormKey => "order-approval-gap";

    public IReadOnlyList<string> Decisions { get; } = ["reroute", "reject"];
}
