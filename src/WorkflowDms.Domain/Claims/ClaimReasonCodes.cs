namespace WorkflowDms.Domain.Claims;

/// <summary>Reason codes the domain sets itself (ANSI X12 element 1172 vocabulary, domain-reference §7).</summary>
public static class ClaimReasonCodes
{
    /// <summary>Part or documentation not returned in time: the charge-back reason.</summary>
    public const string PartsNotReturned = "PNR";

    /// <summary>No defect found on the returned part (W-56).</summary>
    public const string NoDefectFound = "NDF";

    /// <summary>Part damaged, defect not established (W-56).</summary>
    public const string PartDamaged = "PD";

    /// <summary>Partial warranty approved: set when an approval adjusted or rejected some lines.</summary>
    public const string PartialApproval = "PWA";
}
