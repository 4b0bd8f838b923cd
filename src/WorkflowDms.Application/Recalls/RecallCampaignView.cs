using WorkflowDms.Application.Policies;

namespace WorkflowDms.Application.Recalls;

/// <summary>A campaign as the API shows it; <see cref="AffectedVehicles"/> and <see cref="OpenVehicles"/> count only the caller's scope.</summary>
public sealed record RecallCampaignView(
    Guid Id,
    string Number,
    string Title,
    string Type,
    int Priority,
    string LaborOperationCode,
    IReadOnlyList<string> PartNumbers,
    int PartsAvailabilityPercent,
    int MinPartsAvailabilityPercent,
    DateOnly ExpiresOn,
    int OpenPhase,
    string Status,
    bool StopSale,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DealersNotifiedAt,
    DateTime? LaunchedAt,
    DateTime? OwnersNotifiedAt,
    DateTime? ClosedAt,
    string? CloseReason,
    string? SupersededBy,
    int AffectedVehicles,
    int OpenVehicles,
    IReadOnlyList<string> PermittedActions,
    RuleResultView? LastRuleResult);
