namespace WorkflowDms.Domain.Policies;

/// <summary>
/// What the <c>warranty-claim</c> rule set sees of a claim (parameter <c>claim</c>). Built by the application
/// from the claim, the catalogue and the vehicle's history, so that every rule is a plain comparison and no
/// rule has to query anything. Money is decimal in major units here (policy arithmetic); it is stored as
/// long minor units.
/// </summary>
public sealed record ClaimFacts
{
    public string DealerClaimNumber { get; init; } = "";
    public string Vin { get; init; } = "";
    public string RepairOrderNumber { get; init; } = "";
    public DateTime RepairDate { get; init; }
    /// <summary>When the claim was (re)submitted, UTC.</summary>
    public DateTime SubmittedAt { get; init; }
    /// <summary>Whole days between the repair date and the submission.</summary>
    public int DaysSinceRepair { get; init; }
    public int MileageKm { get; init; }
    public string ClaimType { get; init; } = "warranty";
    public string? FaultCode { get; init; }
    /// <summary>The fault code exists in the catalogue.</summary>
    public bool FaultCodeKnown { get; init; }
    public string? CausalPartNumber { get; init; }
    /// <summary>The causal part is one of the claimed part lines.</summary>
    public bool CausalPartClaimed { get; init; }
    /// <summary>1 on first submission, incremented on every resubmission (STAR claim_submission_count).</summary>
    public int SubmissionCount { get; init; } = 1;
    /// <summary>Claim total after catalogue pricing, in major units.</summary>
    public decimal TotalAmount { get; init; }
    public int LineCount { get; init; }
    public int LaborLineCount { get; init; }
    public int PartLineCount { get; init; }
    /// <summary>Another claim of the same dealer already has this repair-order number and is not withdrawn.</summary>
    public bool DuplicateRepairOrder { get; init; }
    /// <summary>The dealer asked for a manual audit of this claim.</summary>
    public bool ManualAuditRequested { get; init; }
    /// <summary>A pre-authorisation number was given and is approved and valid on the repair date.</summary>
    public bool HasValidPreAuthorization { get; init; }
    public IReadOnlyList<ClaimLineFacts> Lines { get; init; } = [];
}
