namespace WorkflowDms.Domain.Policies;

/// <summary>What the warranty rules see of the vehicle (parameter <c>vehicle</c>).</summary>
public sealed record VehicleFacts
{
    /// <summary>The VIN is in the vehicle master.</summary>
    public bool Known { get; init; }
    public string ModelGroup { get; init; } = "";
    public DateTime? ProductionDate { get; init; }
    /// <summary>Registration / retail delivery date: the start of the warranty clock.</summary>
    public DateTime? InServiceDate { get; init; }
    public int CoverageMonths { get; init; }
    public int CoverageKm { get; init; }
    /// <summary>The date the time coverage ends (in-service date + coverage months), or null without one.</summary>
    public DateTime? CoverageEndsOn { get; init; }
    /// <summary>Salvage, junk, rebuilt or total-loss title.</summary>
    public bool SalvageTitle { get; init; }
    /// <summary>Highest mileage on an earlier claim for this VIN with an earlier repair date, or 0.</summary>
    public int MaxEarlierClaimMileageKm { get; init; }
    /// <summary>Lowest mileage on a claim for this VIN with a later repair date, or 0 when there is none.</summary>
    public int MinLaterClaimMileageKm { get; init; }
}
