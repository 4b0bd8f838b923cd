namespace WorkflowDms.Application.Recalls;

/// <summary>A recall repair claim (POST /recall-claims): the remedy of one campaign performed on one VIN.</summary>
public sealed record RecallClaimRequest
{
    public string? CampaignNumber { get; init; }
    public string? Vin { get; init; }
    public string? RepairOrderNumber { get; init; }
    public DateOnly? RepairDate { get; init; }
    public int? MileageKm { get; init; }
    /// <summary>Damage beyond the recalled component is claimed too (STAR related_damage_indicator): held for review (W-41).</summary>
    public bool RelatedDamage { get; init; }
}
