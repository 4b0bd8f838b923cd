namespace WorkflowDms.Domain.Recalls;

/// <summary>A recall repair claim: approved at once (the VIN is remedied), or held for review when related damage is claimed (W-41).</summary>
public enum RecallClaimStatus
{
    PendingReview,
    Approved,
    Rejected,
}
