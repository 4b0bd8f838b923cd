namespace WorkflowDms.Domain.Policies;

/// <summary>One claim line as the rules see it (element of <see cref="ClaimFacts.Lines"/>).</summary>
public sealed record ClaimLineFacts
{
    /// <summary><c>labor</c>, <c>part</c>, <c>sublet</c> or <c>other</c>.</summary>
    public string Type { get; init; } = "";
    public string? OperationCode { get; init; }
    /// <summary>The labour operation exists in the catalogue.</summary>
    public bool OperationKnown { get; init; }
    /// <summary>The labour operation is valid for the vehicle's model group.</summary>
    public bool OperationValidForModel { get; init; }
    public decimal Hours { get; init; }
    /// <summary>Flat-rate standard hours of the operation for the model group (0 when unknown).</summary>
    public decimal StandardHours { get; init; }
    /// <summary>Labour rate claimed per hour (the dealer's approved rate unless the dealer sent another).</summary>
    public decimal LaborRate { get; init; }
    public string? PartNumber { get; init; }
    public bool PartKnown { get; init; }
    public int Quantity { get; init; }
    /// <summary>Maximum quantity of the part used on one vehicle (bill of materials).</summary>
    public int MaxQuantityPerVehicle { get; init; }
    public bool PartReturnable { get; init; }
    public decimal UnitPrice { get; init; }
    public string? Description { get; init; }
    public string? Comment { get; init; }
    public bool HasComment { get; init; }
    /// <summary>Line amount after catalogue pricing, in major units.</summary>
    public decimal Amount { get; init; }
}
