namespace WorkflowDms.Domain.Credit;

/// <summary>A credit-limit request (domain-reference §2.3b, C-15): decided by a credit manager; a temporary one expires (C-12).</summary>
public enum CreditLimitRequestStatus
{
    Submitted,
    Effective,
    Rejected,
    Expired,
}
