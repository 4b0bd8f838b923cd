using WorkflowDms.Engine.Ports;
using static WorkflowDms.Rules.Tests.Recalls.RecallScenario;

namespace WorkflowDms.Rules.Tests.Recalls;

/// <summary>For every rule of rules/recall-policy.json: what it declares, a scenario in which it fires and a near miss in which it does not.</summary>
internal static class RecallRuleCases
{
    public sealed record Case(RuleOutcome Outcome, string ReasonCode, string Source, Func<RecallScenario> Fires, Func<RecallScenario> DoesNotFire);

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["R-01-no-affected-vehicles"] = new(RuleOutcome.Block, "IIS", "R-01",
            () => Launch.WithCampaign(c => c with { AffectedCount = 0 }),
            () => Launch.WithCampaign(c => c with { AffectedCount = 1 })),
        ["R-01-remedy-not-defined"] = new(RuleOutcome.Block, "IIS", "R-01",
            () => Launch.WithCampaign(c => c with { RemedyDefined = false }),
            () => Claim.WithCampaign(c => c with { RemedyDefined = false })),
        ["R-04-dealers-not-notified"] = new(RuleOutcome.Block, "ZZ", "R-04",
            () => Launch.WithCampaign(c => c with { DealersNotified = false }),
            () => Launch),
        ["R-06-parts-availability-below-minimum"] = new(RuleOutcome.Block, "ZZ", "R-06",
            () => Launch.WithCampaign(c => c with { PartsAvailabilityPercent = 79 }),
            () => Launch.WithCampaign(c => c with { PartsAvailabilityPercent = 80 })),
        ["R-08-expired-before-launch"] = new(RuleOutcome.Block, "EW", "R-08",
            () => Launch.WithCampaign(c => c with { DaysToExpiry = -1 }),
            () => Launch.WithCampaign(c => c with { DaysToExpiry = 0 })),
        ["R-05-owner-notification-due"] = new(RuleOutcome.Alert, "ZZ", "R-05",
            () => Launch.WithCampaign(c => c with { SafetyRelated = true }),
            () => Launch),
        ["W-39-campaign-not-released"] = new(RuleOutcome.Reject, "NEW", "W-39",
            () => Claim.WithCampaign(c => c with { Status = "DealersNotified" }),
            () => Claim.WithCampaign(c => c with { Status = "Launched" })),
        ["R-10-campaign-superseded"] = new(RuleOutcome.Reject, "ZZ", "R-10",
            () => Claim.WithCampaign(c => c with { Status = "Superseded", SupersededByNumber = "RC-2026-009" }),
            () => Claim),
        ["R-08-vin-not-in-campaign"] = new(RuleOutcome.Reject, "NEW", "R-08",
            () => Claim.WithClaim(c => c with { VinInCampaign = false, VinStatus = "" }),
            () => Claim),
        ["R-08-campaign-expired"] = new(RuleOutcome.Reject, "EW", "R-08",
            () => Claim.WithClaim(c => c with { RepairDate = new DateTime(2028, 11, 24) }),
            () => Claim.WithClaim(c => c with { RepairDate = new DateTime(2028, 11, 23) })),
        ["R-08-vin-excluded"] = new(RuleOutcome.Reject, "NEW", "R-08",
            () => Claim.WithClaim(c => c with { VinStatus = "Excluded" }),
            () => Claim.WithClaim(c => c with { VinStatus = "Open" })),
        ["R-09-vin-already-remedied"] = new(RuleOutcome.Reject, "DC", "R-09",
            () => Claim.WithClaim(c => c with { VinStatus = "Remedied" }),
            () => Claim),
        ["R-07-phase-not-open"] = new(RuleOutcome.Reject, "NEW", "R-07",
            () => Claim.WithClaim(c => c with { VehiclePhase = 2 }),
            () => Claim.WithClaim(c => c with { VehiclePhase = 2 }).WithCampaign(c => c with { OpenPhase = 2 })),
        ["W-40-free-maintenance-already-used"] = new(RuleOutcome.Reject, "DC", "W-40",
            () => Claim.WithCampaign(c => c with { Type = "FreeMaintenance" }).WithClaim(c => c with { FreeMaintenanceAlreadyUsed = true }),
            () => Claim.WithClaim(c => c with { FreeMaintenanceAlreadyUsed = true })),
        ["W-41-related-damage-claimed"] = new(RuleOutcome.Route, "ZZ", "W-41",
            () => Claim.WithClaim(c => c with { RelatedDamageClaimed = true }),
            () => Claim),
        ["R-15-salvage-vehicle-remedied"] = new(RuleOutcome.Alert, "VPW", "R-15",
            () => Claim.WithClaim(c => c with { SalvageTitle = true }),
            () => Claim),
        ["R-03-stop-sale-lifted"] = new(RuleOutcome.Alert, "ZZ", "R-03",
            () => Claim.WithClaim(c => c with { StopSale = true }),
            () => Launch.WithClaim(c => c with { StopSale = true })),
        ["R-13-completion-inadequate"] = new(RuleOutcome.Alert, "ZZ", "R-13",
            () => Check.WithCampaign(c => c with { RemediedCount = 74, OpenCount = 76 }),
            () => Check.WithCampaign(c => c with { RemediedCount = 75, OpenCount = 75 })),
    };

    public static TheoryData<string> RuleNames => new(All.Keys);
}
