namespace WorkflowDms.Domain.Claims;

/// <summary>Pre-authorisation (prior approval) status, domain-reference §2.4. Expiry is a date, not a status.</summary>
public enum PreAuthorizationStatus
{
    Submitted,
    Approved,
    Rejected,
    /// <summary>Back to the dealer for correction; the dealer may resubmit.</summary>
    SentBack,
}
