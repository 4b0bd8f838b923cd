namespace WorkflowDms.Domain.Returns;

/// <summary>Status of a dealer's parts return (domain-reference §2.6); the names are the API's.</summary>
public enum ReturnStatus
{
    /// <summary>Return request with reason and lines, waiting for the eligibility check and the parts manager.</summary>
    Requested,
    /// <summary>RMA issued, valid 60 days (RT-02); transient: the return order follows in the same step.</summary>
    Approved,
    Rejected,
    /// <summary>Return order with billing block; the dealer may ship until the RMA expires.</summary>
    ReturnOrderCreated,
    Shipped,
    /// <summary>Goods received into returns (blocked) stock, not unrestricted stock (RT-10).</summary>
    Received,
    /// <summary>Accepted quantities known; transient before the credit note or the rejection.</summary>
    Inspected,
    CreditNoteIssued,
    Closed,
    /// <summary>Nothing was shipped within the RMA's 60 days.</summary>
    RmaExpired,
    Cancelled,
}
