namespace WorkflowDms.Domain.Claims;

/// <summary>Header status of a warranty claim; the names are the API's (domain-reference §2.4).</summary>
public enum ClaimStatus
{
    /// <summary>Intake and automatic adjudication; transient inside the submitting transaction.</summary>
    Submitted,
    PendingReview,
    /// <summary>Sent back for correction ("awaiting info"); the dealer may resubmit.</summary>
    ReturnedToDealer,
    Rejected,
    Approved,
    /// <summary>Approved, but payment waits for the old parts to arrive.</summary>
    PartsReturnPending,
    ApprovedForPayment,
    Paid,
    Closed,
}
