namespace WorkflowDms.Domain.Claims;

/// <summary>Per-line decision, as in STAR <c>JobReconciliation</c>.</summary>
public enum ClaimLineDisposition
{
    Pending,
    Approved,
    Adjusted,
    Rejected,
}
