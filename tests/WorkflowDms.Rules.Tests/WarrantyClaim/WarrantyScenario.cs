using WorkflowDms.Domain.Policies;

namespace WorkflowDms.Rules.Tests.WarrantyClaim;

/// <summary>
/// The three facts the warranty-claim rule set sees. <see cref="Clean"/> is the demo wiper claim of dealer D1001 on a
/// covered vehicle, which fires no rule; each test changes one thing.
/// </summary>
internal sealed record WarrantyScenario(ClaimFacts Claim, VehicleFacts Vehicle, DealerFacts Dealer)
{
    public const decimal DealerRate = 120.00m;

    public static DealerFacts D1001 { get; } = new()
    {
        Code = "D1001",
        WarrantyLaborRate = DealerRate,
        ClaimWindowDays = 30,
        AutoApprovalLimit = 1_000.00m,
        PreAuthorizationThreshold = 10_000.00m,
    };

    /// <summary>In service 2024-06-01 with 3-year / 100,000 km coverage.</summary>
    public static VehicleFacts CoveredVehicle { get; } = new()
    {
        Known = true,
        ModelGroup = "C-SEDAN",
        ProductionDate = new DateTime(2024, 4, 2),
        InServiceDate = new DateTime(2024, 6, 1),
        CoverageMonths = 36,
        CoverageKm = 100_000,
        CoverageEndsOn = new DateTime(2027, 6, 1),
        MaxEarlierClaimMileageKm = 12_000,
    };

    public static WarrantyScenario Clean { get; } = new(
        ClaimWith("F-WP-001", "PN-2002", Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper()), CoveredVehicle, D1001);

    public static ClaimLineFacts Labor(string operation, decimal hours, decimal standardHours, string? comment = null) => new()
    {
        Type = "labor",
        OperationCode = operation,
        OperationKnown = true,
        OperationValidForModel = true,
        Hours = hours,
        StandardHours = standardHours,
        LaborRate = DealerRate,
        Comment = comment,
        HasComment = comment is not null,
        Amount = hours * DealerRate,
    };

    /// <summary>PN-2002 wiper blade: 80.00, not returnable, at most 2 per vehicle.</summary>
    public static ClaimLineFacts Wiper(int quantity = 1) => Part("PN-2002", quantity, 2, 80.00m, returnable: false);

    /// <summary>PN-1001 catalytic converter: 4,200.00, returnable, at most 1 per vehicle.</summary>
    public static ClaimLineFacts CatalyticConverter() => Part("PN-1001", 1, 1, 4_200.00m, returnable: true);

    public static ClaimLineFacts Part(string number, int quantity, int maxPerVehicle, decimal price, bool returnable) => new()
    {
        Type = "part",
        PartNumber = number,
        PartKnown = true,
        Quantity = quantity,
        MaxQuantityPerVehicle = maxPerVehicle,
        PartReturnable = returnable,
        UnitPrice = price,
        Amount = quantity * price,
    };

    /// <summary>A claim repaired 2026-03-02 at 20,480 km, submitted 5 days later, with totals derived from the lines.</summary>
    public static ClaimFacts ClaimWith(string? faultCode, string? causalPart, params ClaimLineFacts[] lines) => new()
    {
        DealerClaimNumber = "WC-1001",
        Vin = "1G4AH59H45G118341",
        RepairOrderNumber = "RO-1001",
        RepairDate = new DateTime(2026, 3, 2),
        SubmittedAt = new DateTime(2026, 3, 7, 9, 30, 0, DateTimeKind.Utc),
        DaysSinceRepair = 5,
        MileageKm = 20_480,
        FaultCode = faultCode,
        FaultCodeKnown = faultCode is not null,
        CausalPartNumber = causalPart,
        CausalPartClaimed = lines.Any(l => l.Type == "part" && l.PartNumber == causalPart),
        TotalAmount = lines.Sum(l => l.Amount),
        LineCount = lines.Length,
        LaborLineCount = lines.Count(l => l.Type == "labor"),
        PartLineCount = lines.Count(l => l.Type == "part"),
        Lines = lines,
    };

    /// <summary>Replaces the lines (and everything derived from them) of the clean claim, keeping its other facts.</summary>
    public WarrantyScenario WithLines(params ClaimLineFacts[] lines) => this with
    {
        Claim = ClaimWith(Claim.FaultCode, Claim.CausalPartNumber, lines) with
        {
            FaultCodeKnown = Claim.FaultCodeKnown,
        },
    };

    public WarrantyScenario WithClaim(Func<ClaimFacts, ClaimFacts> change) => this with { Claim = change(Claim) };

    public WarrantyScenario WithVehicle(Func<VehicleFacts, VehicleFacts> change) => this with { Vehicle = change(Vehicle) };

    public WarrantyScenario WithDealer(Func<DealerFacts, DealerFacts> change) => this with { Dealer = change(Dealer) };

    public IReadOnlyDictionary<string, object?> Input => new Dictionary<string, object?>
    {
        ["claim"] = Claim,
        ["vehicle"] = Vehicle,
        ["dealer"] = Dealer,
    };
}
