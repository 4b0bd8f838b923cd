namespace WorkflowDms.Application.Recalls;

/// <summary>One vehicle of a JSON import (<c>{"vehicles": [...]}</c>); the CSV columns are the same, in this order.</summary>
public sealed record RecallImportLine
{
    public string? Vin { get; init; }
    /// <summary>Selling dealer of a vehicle to register (createMissingVehicles); ignored for vehicles in the master.</summary>
    public string? DealerCode { get; init; }
    /// <summary>Needed to register a vehicle (createMissingVehicles).</summary>
    public DateOnly? ProductionDate { get; init; }
    public string? ModelGroup { get; init; }
    public int? Phase { get; init; }
}
