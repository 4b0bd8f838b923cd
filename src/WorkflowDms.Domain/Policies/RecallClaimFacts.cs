namespace WorkflowDms.Domain.Policies;

/// <summary>
/// What the <c>recall-policy</c> rule set sees of a recall repair claim (parameter <c>claim</c>); empty
/// (not <see cref="Present"/>) at the launch gate and the completion check.
/// </summary>
public sealed record RecallClaimFacts
{
    public bool Present { get; init; }
    public string Vin { get; init; } = "";
    public bool VinInCampaign { get; init; }
    /// <summary>CampaignVehicleStatus name of the VIN in this campaign, empty when not in it.</summary>
    public string VinStatus { get; init; } = "";
    public int VehiclePhase { get; init; } = 1;
    public DateTime RepairDate { get; init; }
    public bool StopSale { get; init; }
    public bool SalvageTitle { get; init; }
    /// <summary>Damage beyond the recalled component is claimed with the remedy (STAR related_damage_indicator).</summary>
    public bool RelatedDamageClaimed { get; init; }
    /// <summary>The VIN already used another free-maintenance campaign's remedy (W-40).</summary>
    public bool FreeMaintenanceAlreadyUsed { get; init; }
}
