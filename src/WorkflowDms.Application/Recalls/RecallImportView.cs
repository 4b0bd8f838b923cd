namespace WorkflowDms.Application.Recalls;

/// <summary>Progress of a VIN-list import; poll until <see cref="Status"/> is Completed or Failed.</summary>
public sealed record RecallImportView(
    Guid Id,
    Guid CampaignId,
    string Format,
    bool CreateMissingVehicles,
    string Status,
    int Total,
    int Processed,
    int Accepted,
    int Rejected,
    decimal PercentDone,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    string? Error);
