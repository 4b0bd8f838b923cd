namespace WorkflowDms.Application.Recalls;

/// <summary>A new campaign (POST /recalls): type, priority, remedy (labour operation and parts), parts availability, expiry.</summary>
public sealed record RecallCampaignRequest
{
    public string? Number { get; init; }
    public string? Title { get; init; }
    /// <summary>A RecallType name: Safety, StopDrive, Regulatory, ProductDefect, Emissions, ServiceAction, FreeMaintenance.</summary>
    public string? Type { get; init; }
    public int? Priority { get; init; }
    public string? LaborOperationCode { get; init; }
    public IReadOnlyList<string>? PartNumbers { get; init; }
    public int? PartsAvailabilityPercent { get; init; }
    public int? MinPartsAvailabilityPercent { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public int? OpenPhase { get; init; }
}
