namespace WorkflowDms.Application.Recalls;

/// <summary>Parts availability, the launch gate's minimum and the open phase; absent fields stay.</summary>
public sealed record LaunchConditionsRequest
{
    public int? PartsAvailabilityPercent { get; init; }
    public int? MinPartsAvailabilityPercent { get; init; }
    public int? OpenPhase { get; init; }
}
