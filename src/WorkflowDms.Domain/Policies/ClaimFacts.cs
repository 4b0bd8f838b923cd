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
    /// <summary>The pre-authorisation number the claim quotes, if any.</summary>
    public string? PreAuthorizationNumber { get; init; }
    /// <summary>The quoted number is an approved pre-authorisation of this dealer (W-27).</summary>
    public bool PreAuthorizationApproved { get; init; }
    /// <summary>The approved pre-authorisation was granted for this VIN (W-27).</summary>
    public bool PreAuthorizationVinMatches { get; init; }
    /// <summary>The repair date is before the pre-authorisation was approved (W-28).</summary>
    public bool RepairBeforePreAuthorization { get; init; }
    /// <summary>The claim was (re)submitted after the pre-authorisation's last valid day (W-29).</summary>
    public bool PreAuthorizationExpired { get; init; }
    /// <summary>The authorised maximum in major units; 0 when not approved (W-30).</summary>
    public decimal PreAuthorizedMaxAmount { get; init; }
    /// <summary>Another claim that is not rejected already quotes this pre-authorisation.</summary>
    public bool PreAuthorizationUsedByOtherClaim { get; init; }
    /// <summary>The dealer appealed an earlier rejection of this claim (W-60).</summary>
    public bool Appealed { get; init; }
    /// <summary>Free-maintenance visit number (1 = first free service); 0 on warranty claims.</summary>
    public int MaintenanceSequence { get; init; }
    /// <summary>Another free-maintenance claim for this VIN with the same visit number is not rejected (W-37).</summary>
    public bool MaintenanceSequenceAlreadyClaimed { get; init; }
    /// <summary>Free visits the policy grants the vehicle's model group; 0 when none configured (W-37).</summary>
    public int MaintenancePolicyCount { get; init; }
    /// <summary>A fee is configured for (model group, visit) (W-38).</summary>
    public bool MaintenanceFeeConfigured { get; init; }
    /// <summary>The configured fee in major units (W-38).</summary>
    public decimal MaintenanceFee { get; init; }
    public IReadOnlyList<ClaimLineFacts> Lines { get; init; } = [];
}
