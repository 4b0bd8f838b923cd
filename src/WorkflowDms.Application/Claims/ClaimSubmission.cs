namespace WorkflowDms.Application.Claims;

/// <summary>
/// A warranty claim as a dealer's system sends it (POST /claims and, corrected, POST /claims/{id}/resubmit).
/// Prices are not sent: they come from the catalogue and the dealer's approved labour rate.
/// </summary>
public sealed record ClaimSubmission
{
    public string? DealerClaimNumber { get; init; }
    public string? Vin { get; init; }
    public string? RepairOrderNumber { get; init; }
    public DateOnly? RepairDate { get; init; }
    public int? MileageKm { get; init; }
    public string? FaultCode { get; init; }
    public string? CausalPartNumber { get; init; }
    public string? PreAuthorizationNumber { get; init; }
    /// <summary><c>warranty</c> (default) or <c>free-maintenance</c> (首保, paid by a fixed fee per visit).</summary>
    public string? ClaimType { get; init; }
    /// <summary>The free-maintenance visit number (1 = first free service); required for free-maintenance claims.</summary>
    public int? MaintenanceSequence { get; init; }
    /// <summary>The dealer asks for a manual audit of this claim (skips automatic approval).</summary>
    public bool ManualAuditRequested { get; init; }
    /// <summary>A tier-1 dealer submitting for one of its sub-dealers names it here; otherwise the caller.</summary>
    public string? PerformingDealerCode { get; init; }
    public IReadOnlyList<ClaimSubmissionLine>? Lines { get; init; }
}
