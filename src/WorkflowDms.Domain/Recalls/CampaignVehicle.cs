using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Recalls;

/// <summary>
/// One VIN of a campaign's affected population. <see cref="OrgPath"/> is the selling dealer's path (or the
/// campaign owner's when no dealer is known), so dealers' lists are a prefix range on it.
/// </summary>
public class CampaignVehicle : IVersioned
{
    private CampaignVehicle()
    {
        Vin = "";
        OrgPath = "";
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string Vin { get; private set; }

    public Guid VehicleId { get; private set; }

    public Guid? DealerOrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>The campaign phase the VIN belongs to; 1 unless imported otherwise.</summary>
    public int Phase { get; private set; }

    public CampaignVehicleStatus Status { get; private set; }

    /// <summary>Unsold vehicle in dealer stock under a safety campaign: no sale, lease or delivery until remedied .</summary>
    public bool StopSale { get; private set; }

    public DateTime AddedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? RemediedAt { get; private set; }

    public Guid? RecallClaimId { get; private set; }

    public string? DispositionReason { get; private set; }

    public int Version { get; private set; }

    public static CampaignVehicle Add(Guid id, RecallCampaign campaign, Guid vehicleId, string vin, Guid? dealerOrgNodeId, string? dealerOrgPath, bool unsold, int phase, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (phase < 1 || phase > RecallCampaign.MaxOpenPhase)
        {
            throw new BusinessRuleException("invalid-phase", $"A phase is 1 to {RecallCampaign.MaxOpenPhase}.");
        }

        return new CampaignVehicle
        {
            Id = id,
            CampaignId = campaign.Id,
            Vin = vin,
            VehicleId = vehicleId,
            DealerOrgNodeId = dealerOrgPath is null ? null : dealerOrgNodeId,
            OrgPath = dealerOrgPath ?? campaign.OrgPath,
            Phase = phase,
            Status = CampaignVehicleStatus.Open,
            StopSale = campaign.RequiresStopSale && unsold && dealerOrgPath is not null,
            AddedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The repair was claimed and accepted; the stop-sale is lifted.</summary>
    public void Remedy(Guid recallClaimId, DateTime now)
    {
        EnsureOpen("remedy");
        Status = CampaignVehicleStatus.Remedied;
        RecallClaimId = recallClaimId;
        RemediedAt = now;
        StopSale = false;
        UpdatedAt = now;
    }

    /// <summary>The VIN turns out not to be affected, or is out of reach (scrapped, exported).</summary>
    public void SetDisposition(CampaignVehicleStatus disposition, string reason, DateTime now)
    {
        if (disposition is not (CampaignVehicleStatus.NotApplicable or CampaignVehicleStatus.Excluded))
        {
            throw new BusinessRuleException("invalid-disposition", "A VIN can be set to NotApplicable or Excluded.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("reason-required", "A disposition needs a reason.");
        }

        EnsureOpen(disposition.ToString());
        Status = disposition;
        DispositionReason = reason.Trim();
        StopSale = false;
        UpdatedAt = now;
    }

    private void EnsureOpen(string trigger)
    {
        if (Status != CampaignVehicleStatus.Open)
        {
            throw new InvalidTransitionException(nameof(CampaignVehicle), Id, Status.ToString(), trigger);
        }
    }
}
