namespace WorkflowDms.Application.Recalls;

/// <summary>A VIN of a campaign as a dealer or service advisor sees it (R-15: open campaigns alert the advisor).</summary>
public sealed record CampaignVehicleView(
    string Vin,
    Guid CampaignId,
    string CampaignNumber,
    string CampaignTitle,
    string CampaignType,
    string CampaignStatus,
    int Priority,
    string LaborOperationCode,
    DateOnly ExpiresOn,
    string? SupersededBy,
    string Status,
    bool StopSale,
    int Phase,
    string DealerCode,
    DateTime? RemediedAt,
    Guid? RecallClaimId);
