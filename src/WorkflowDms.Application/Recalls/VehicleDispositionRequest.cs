namespace WorkflowDms.Application.Recalls;

/// <summary>Take a VIN out of a campaign: <c>NotApplicable</c> or <c>Excluded</c> (scrapped, exported), with a reason.</summary>
public sealed record VehicleDispositionRequest
{
    public string? Status { get; init; }
    public string? Reason { get; init; }
}
