namespace WorkflowDms.Domain.Orders;

/// <summary>The actions of the order's action matrix (domain-reference §2.1 engine note).</summary>
public enum OrderTrigger
{
    Maintain,
    Submit,
    Hold,
    Adjust,
    CreditBlock,
    RouteToApproval,
    Approve,
    Reject,
    Accept,
    Ship,
    ConfirmReceipt,
    Close,
    Cancel,
}
