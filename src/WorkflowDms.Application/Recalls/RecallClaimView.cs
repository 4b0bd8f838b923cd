namespace WorkflowDms.Application.Recalls;

/// <summary>A recall repair claim; <see cref="Amount"/> in major units of <see cref="Currency"/>.</summary>
public sealed record RecallClaimView(
    Guid Id,
    string Number,
    string CampaignNumber,
    string Vin,
    string DealerCode,
    string RepairOrderNumber,
    DateOnly RepairDate,
    int MileageKm,
    bool RelatedDamageClaimed,
    decimal Amount,
    string Currency,
    string Status,
    string? DecisionReasonCode,
    string? DecisionComment,
    string VehicleStatus,
    DateTime SubmittedAt);
