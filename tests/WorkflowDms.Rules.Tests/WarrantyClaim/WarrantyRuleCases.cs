using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Ports;
using static WorkflowDms.Rules.Tests.WarrantyClaim.WarrantyScenario;

namespace WorkflowDms.Rules.Tests.WarrantyClaim;

/// <summary>
/// For every rule of rules/warranty-claim.json: what it must declare, a scenario in which it fires, and a near miss
/// (usually the boundary value) in which it does not.
/// </summary>
internal static class WarrantyRuleCases
{
    public sealed record Case(
        RuleOutcome Outcome, string ReasonCode, string Source, Func<WarrantyScenario> Fires, Func<WarrantyScenario> DoesNotFire);

    private static readonly WarrantyScenario Clean = WarrantyScenario.Clean;

    /// <summary>A 11,500.00 claim quoting an approved pre-authorisation (max 12,000.00) for this VIN, in time: valid.</summary>
    private static readonly WarrantyScenario PreAuthorized = Clean.WithClaim(c => c with
    {
        TotalAmount = 11_500.00m,
        PreAuthorizationNumber = "PA-260301-0000000001",
        PreAuthorizationApproved = true,
        PreAuthorizationVinMatches = true,
        PreAuthorizedMaxAmount = 12_000.00m,
        HasValidPreAuthorization = true,
    });

    /// <summary>A first free service (300.00) of a model whose policy grants two, claimed as one "other" line, fault code blank.</summary>
    private static readonly WarrantyScenario FreeMaintenance = Clean
        .WithLines(Other("First free maintenance", 300.00m))
        .WithClaim(c => c with
        {
            ClaimType = "free-maintenance",
            FaultCode = null,
            FaultCodeKnown = false,
            CausalPartNumber = null,
            MaintenanceSequence = 1,
            MaintenancePolicyCount = 2,
            MaintenanceFeeConfigured = true,
            MaintenanceFee = 300.00m,
        });

    private static ClaimLineFacts Other(string description, decimal amount) => new()
    {
        Type = "other",
        Description = description,
        Quantity = 1,
        UnitPrice = amount,
        Amount = amount,
    };

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["W-42-dealer-inactive"] = new(RuleOutcome.SendBack, "URF", "W-42",
            () => Clean.WithDealer(d => d with { Active = false }),
            () => Clean.WithDealer(d => d with { AuthorizedForWarranty = false })),
        ["W-42-dealer-not-authorised"] = new(RuleOutcome.SendBack, "URF", "W-42",
            () => Clean.WithDealer(d => d with { AuthorizedForWarranty = false }),
            () => Clean.WithDealer(d => d with { Active = false })),
        ["W-54-overdue-part-returns"] = new(RuleOutcome.SendBack, "PNR", "W-54",
            () => Clean.WithDealer(d => d with { OverduePartReturns = 1 }),
            () => Clean.WithDealer(d => d with { OverduePartReturns = 0 })),
        ["W-08-vin-unknown"] = new(RuleOutcome.SendBack, "IV", "W-08",
            () => Clean.WithVehicle(v => v with { Known = false }),
            () => Clean),
        ["W-14-salvage-title"] = new(RuleOutcome.Reject, "VPW", "W-14",
            () => Clean.WithVehicle(v => v with { SalvageTitle = true }),
            () => Clean.WithVehicle(v => v with { SalvageTitle = true }).WithClaim(c => c with { ClaimType = "recall" })),
        ["W-10-in-service-before-production"] = new(RuleOutcome.SendBack, "A2", "W-10",
            () => Clean.WithVehicle(v => v with { InServiceDate = new DateTime(2024, 4, 1) }),
            () => Clean.WithVehicle(v => v with { InServiceDate = v.ProductionDate })),
        ["W-11-repair-before-in-service"] = new(RuleOutcome.SendBack, "A2", "W-11",
            () => Clean.WithClaim(c => c with { RepairDate = new DateTime(2024, 5, 31) }),
            () => Clean.WithClaim(c => c with { RepairDate = new DateTime(2024, 6, 1) })),
        ["W-13-coverage-not-defined"] = new(RuleOutcome.SendBack, "IIS", "W-13",
            () => Clean.WithVehicle(v => v with { CoverageMonths = 0 }),
            () => Clean.WithVehicle(v => v with { Known = false, CoverageMonths = 0 })),
        ["W-12-coverage-time"] = new(RuleOutcome.Reject, "EW", "W-12",
            () => Clean.WithClaim(c => c with { RepairDate = new DateTime(2027, 6, 2) }),
            () => Clean.WithClaim(c => c with { RepairDate = new DateTime(2027, 6, 1) })),
        ["W-12-coverage-mileage"] = new(RuleOutcome.Reject, "EW", "W-12",
            () => Clean.WithClaim(c => c with { MileageKm = 100_001 }),
            () => Clean.WithClaim(c => c with { MileageKm = 100_000 })),
        ["W-15-submitted-too-late"] = new(RuleOutcome.Reject, "SUB", "W-15",
            () => Clean.WithClaim(c => c with { DaysSinceRepair = 31 }),
            () => Clean.WithClaim(c => c with { DaysSinceRepair = 30 })),
        ["W-16-duplicate-repair-order"] = new(RuleOutcome.SendBack, "DC", "W-16",
            () => Clean.WithClaim(c => c with { DuplicateRepairOrder = true }),
            () => Clean),
        ["W-18-mileage-decreasing"] = new(RuleOutcome.SendBack, "MRA", "W-18",
            () => Clean.WithVehicle(v => v with { MaxEarlierClaimMileageKm = 20_481 }),
            () => Clean.WithVehicle(v => v with { MaxEarlierClaimMileageKm = 20_480 })),
        ["W-19-mileage-too-large"] = new(RuleOutcome.SendBack, "MRA", "W-19",
            () => Clean.WithVehicle(v => v with { MinLaterClaimMileageKm = 20_479 }),
            () => Clean.WithVehicle(v => v with { MinLaterClaimMileageKm = 20_480 })),
        ["W-07-no-lines"] = new(RuleOutcome.SendBack, "IIS", "W-07",
            () => Clean.WithLines(),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m))),
        ["W-06-fault-code-missing"] = new(RuleOutcome.SendBack, "IIS", "W-06",
            () => Clean.WithClaim(c => c with { FaultCode = " ", FaultCodeKnown = false }),
            () => Clean.WithClaim(c => c with { FaultCode = "F-XX-999", FaultCodeKnown = false })),
        ["W-06-fault-code-unknown"] = new(RuleOutcome.SendBack, "IIS", "W-06",
            () => Clean.WithClaim(c => c with { FaultCode = "F-XX-999", FaultCodeKnown = false }),
            () => Clean.WithClaim(c => c with { FaultCode = null, FaultCodeKnown = false })),
        ["W-03-causal-part-missing"] = new(RuleOutcome.SendBack, "A4", "W-03",
            () => Clean.WithClaim(c => c with { CausalPartNumber = null, CausalPartClaimed = false }),
            () => Clean.WithClaim(c => c with { CausalPartNumber = null, CausalPartClaimed = false })
                .WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m))),
        ["W-03-causal-part-not-claimed"] = new(RuleOutcome.SendBack, "WC", "W-03",
            () => Clean.WithClaim(c => c with { CausalPartNumber = "PN-1001", CausalPartClaimed = false }),
            () => Clean.WithClaim(c => c with { CausalPartNumber = null, CausalPartClaimed = false })),
        ["W-20-labor-operation-unknown"] = new(RuleOutcome.SendBack, "IIS", "W-20",
            () => Clean.WithLines(Labor("LOP-XXX-999", 0.3m, 0m) with { OperationKnown = false, OperationValidForModel = false }, Wiper()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m) with { OperationValidForModel = false }, Wiper())),
        ["W-20-labor-operation-not-valid-for-model"] = new(RuleOutcome.SendBack, "NEW", "W-20",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m) with { OperationValidForModel = false }, Wiper()),
            () => Clean.WithLines(Labor("LOP-XXX-999", 0.3m, 0m) with { OperationKnown = false, OperationValidForModel = false }, Wiper())),
        ["W-21-excess-hours-without-comment"] = new(RuleOutcome.SendBack, "ELH", "W-21",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.4m, 0.3m), Wiper()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.4m, 0.3m, "Frozen linkage had to be freed."), Wiper())),
        ["W-21-excess-hours-with-comment"] = new(RuleOutcome.Route, "ELH", "W-21",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.4m, 0.3m, "Frozen linkage had to be freed."), Wiper()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m, "Routine."), Wiper())),
        ["W-22-labor-rate-above-approved"] = new(RuleOutcome.Adjust, "IL", "W-22",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m) with { LaborRate = 120.01m }, Wiper()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m) with { LaborRate = 120.00m }, Wiper())),
        ["W-23-duplicate-labor-operation"] = new(RuleOutcome.Adjust, "DC", "W-23",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Labor("LOP-WIP-002", 0.2m, 0.2m), Wiper())),
        ["W-25-part-unknown"] = new(RuleOutcome.SendBack, "WM", "W-25",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper() with { PartKnown = false }),
            () => Clean),
        ["W-24-part-quantity-above-usage"] = new(RuleOutcome.SendBack, "RP", "W-24",
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper(quantity: 3)),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper(quantity: 2))),
        ["W-27-pre-authorization-missing"] = new(RuleOutcome.SendBack, "AC", "W-27",
            () => Clean.WithClaim(c => c with { TotalAmount = 10_000.01m }),
            () => Clean.WithClaim(c => c with { TotalAmount = 10_000.01m, HasValidPreAuthorization = true })),
        ["W-27-pre-authorization-not-approved"] = new(RuleOutcome.SendBack, "AC", "W-27",
            () => Clean.WithClaim(c => c with { PreAuthorizationNumber = "PA-260301-0000000001" }),
            () => PreAuthorized),
        ["W-27-pre-authorization-other-vin"] = new(RuleOutcome.SendBack, "AC", "W-27",
            () => PreAuthorized.WithClaim(c => c with { PreAuthorizationVinMatches = false, HasValidPreAuthorization = false }),
            () => PreAuthorized),
        ["W-27-pre-authorization-already-used"] = new(RuleOutcome.SendBack, "DC", "W-27",
            () => PreAuthorized.WithClaim(c => c with { PreAuthorizationUsedByOtherClaim = true, HasValidPreAuthorization = false }),
            () => PreAuthorized),
        ["W-28-repair-before-authorization"] = new(RuleOutcome.SendBack, "A2", "W-28",
            () => PreAuthorized.WithClaim(c => c with { RepairBeforePreAuthorization = true, HasValidPreAuthorization = false }),
            () => PreAuthorized),
        ["W-29-pre-authorization-expired"] = new(RuleOutcome.SendBack, "AC", "W-29",
            () => PreAuthorized.WithClaim(c => c with { PreAuthorizationExpired = true, HasValidPreAuthorization = false }),
            () => PreAuthorized),
        ["W-30-amount-above-authorized"] = new(RuleOutcome.SendBack, "AC", "W-30",
            () => PreAuthorized.WithClaim(c => c with { TotalAmount = 12_000.01m, HasValidPreAuthorization = false }),
            () => PreAuthorized.WithClaim(c => c with { TotalAmount = 12_000.00m })),
        ["W-31-matches-pre-authorization"] = new(RuleOutcome.AutoPass, "ZZ", "W-31",
            () => PreAuthorized,
            () => PreAuthorized.WithClaim(c => c with { TotalAmount = 12_000.01m, HasValidPreAuthorization = false })),
        ["W-32-above-auto-approval-limit"] = new(RuleOutcome.Route, "AC", "W-32",
            () => Clean.WithClaim(c => c with { TotalAmount = 1_000.01m }),
            () => PreAuthorized),
        ["W-37-maintenance-sequence-already-claimed"] = new(RuleOutcome.Reject, "DC", "W-37",
            () => FreeMaintenance.WithClaim(c => c with { MaintenanceSequenceAlreadyClaimed = true }),
            () => FreeMaintenance),
        ["W-37-maintenance-count-above-policy"] = new(RuleOutcome.Reject, "NEW", "W-37",
            () => FreeMaintenance.WithClaim(c => c with { MaintenanceSequence = 3, MaintenanceFeeConfigured = false, MaintenanceFee = 0m }),
            () => FreeMaintenance.WithClaim(c => c with { MaintenanceSequence = 2, MaintenanceFee = 300.00m })),
        ["W-38-maintenance-fee-not-configured"] = new(RuleOutcome.Reject, "NEW", "W-38",
            () => FreeMaintenance.WithClaim(c => c with { MaintenanceFeeConfigured = false, MaintenanceFee = 0m }),
            () => FreeMaintenance),
        ["W-38-maintenance-no-policy"] = new(RuleOutcome.Reject, "NEW", "W-38",
            () => FreeMaintenance.WithClaim(c => c with { MaintenancePolicyCount = 0, MaintenanceFeeConfigured = false, MaintenanceFee = 0m }),
            () => FreeMaintenance),
        ["W-38-maintenance-fee-mismatch"] = new(RuleOutcome.Reject, "MAP", "W-38",
            () => FreeMaintenance.WithClaim(c => c with { TotalAmount = 300.01m }),
            () => FreeMaintenance),
        ["W-33-dealer-on-watch-list"] = new(RuleOutcome.Route, "ZZ", "W-33",
            () => Clean.WithDealer(d => d with { OnWatchList = true }),
            () => Clean),
        ["W-35-manual-audit-requested"] = new(RuleOutcome.Route, "ZZ", "W-35",
            () => Clean.WithClaim(c => c with { ManualAuditRequested = true }),
            () => Clean),
        ["W-52-causal-part-returnable"] = new(RuleOutcome.Alert, "ZZ", "W-52",
            () => Clean.WithClaim(c => c with { CausalPartNumber = "PN-1001" })
                .WithLines(Labor("LOP-ENG-010", 2.0m, 2.0m), CatalyticConverter()),
            () => Clean.WithLines(Labor("LOP-WIP-001", 0.3m, 0.3m), Wiper(), CatalyticConverter())),
    };

    public static TheoryData<string> RuleNames { get; } = new(All.Keys);
}
