namespace WorkflowDms.Domain.Orders;

/// <summary>
/// An order's status (domain-reference §2.1/§2.2, condensed): the dealer maintains a <see cref="Draft"/>,
/// submits it, the order rules may put it <see cref="OnHold"/> (price not valid, no allocation, minimum
/// quantity, discount) until the dealer adjusts it, the credit check may block it (<see cref="CreditBlocked"/>)
/// until a credit decision, and the delegation-of-authority approver decides it.
/// </summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    OnHold,
    Adjusted,
    CreditBlocked,
    PendingApproval,
    Approved,
    Accepted,
    Shipped,
    Delivered,
    Closed,
    Cancelled,
    Rejected,
}
