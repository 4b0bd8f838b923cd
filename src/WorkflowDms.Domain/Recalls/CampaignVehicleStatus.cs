namespace WorkflowDms.Domain.Recalls;

/// <summary>Per-VIN campaign status: Open (unremedied) → Remedied | NotApplicable | Excluded (domain-reference §2.5).</summary>
public enum CampaignVehicleStatus
{
    Open,
    Remedied,
    NotApplicable,

    /// <summary>Scrapped, exported or otherwise out of reach.</summary>
    Excluded,
}
