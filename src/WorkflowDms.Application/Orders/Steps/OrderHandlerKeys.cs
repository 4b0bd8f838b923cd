namespace WorkflowDms.Application.Orders.Steps;

/// <summary>The service-task topics of <c>workflows/order-approval.bpmn</c>.</summary>
internal static class OrderHandlerKeys
{
    public const string Hold = "order.hold";
    public const string Reject = "order.reject";
    public const string Cancel = "order.cancel";
    public const string CreditBlock = "order.credit-block";
    public const string RouteToApproval = "order.route-approval";
    public const string Approve = "order.approve";
    public const string EscalateApproval = "order.escalate-approval";
    public const string ApprovalGap = "order.approval-gap";
    public const string EscalateApprovalGap = "order.escalate-approval-gap";
}
