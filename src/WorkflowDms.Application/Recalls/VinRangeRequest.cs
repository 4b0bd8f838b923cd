namespace WorkflowDms.Application.Recalls;

/// <summary>
/// An affected population by VIN range over the vehicle master (R-01, NHTSA Part 573): begin and end VIN share
/// WMI and VDS (characters 1–8), the serial part (10–17) is compared, optionally within production dates and a model group.
/// </summary>
public sealed record VinRangeRequest
{
    public string? FirstVin { get; init; }
    public string? LastVin { get; init; }
    public DateOnly? ProducedFrom { get; init; }
    public DateOnly? ProducedTo { get; init; }
    public string? ModelGroup { get; init; }
    public int? Phase { get; init; }
}
