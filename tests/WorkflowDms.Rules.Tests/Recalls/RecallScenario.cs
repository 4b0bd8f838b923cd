using WorkflowDms.Domain.Policies;

namespace WorkflowDms.Rules.Tests.Recalls;

/// <summary>
/// The two facts of the recall-policy rule set. <see cref="Launch"/> is a safety campaign ready to launch,
/// <see cref="Claim"/> a clean recall claim on an open VIN of an active campaign, <see cref="Check"/> a
/// completion check of a campaign on track; each test changes one thing.
/// </summary>
internal sealed record RecallScenario(RecallCampaignFacts Campaign, RecallClaimFacts ClaimFacts)
{
    public static RecallCampaignFacts ReadyCampaign { get; } = new()
    {
        Stage = "launch",
        Number = "RC-2026-001",
        Type = "ProductDefect",
        Status = "DealersNotified",
        SafetyRelated = false,
        AffectedCount = 150,
        OpenCount = 150,
        RemedyDefined = true,
        PartsAvailabilityPercent = 95,
        MinPartsAvailabilityPercent = 80,
        DealersNotified = true,
        ExpiresOn = new DateTime(2028, 11, 23),
        DaysToExpiry = 730,
        OpenPhase = 1,
    };

    public static RecallScenario Launch { get; } = new(ReadyCampaign, new RecallClaimFacts());

    public static RecallScenario Claim { get; } = new(
        ReadyCampaign with { Stage = "claim", Status = "Active", DaysSinceLaunch = 10 },
        new RecallClaimFacts
        {
            Present = true,
            Vin = "LSVRC2A50SN100007",
            VinInCampaign = true,
            VinStatus = "Open",
            VehiclePhase = 1,
            RepairDate = new DateTime(2026, 11, 20),
        });

    public static RecallScenario Check { get; } = new(
        ReadyCampaign with { Stage = "completion-check", Status = "Active", DaysSinceLaunch = 120, RemediedCount = 90, OpenCount = 60 },
        new RecallClaimFacts());

    public RecallScenario WithCampaign(Func<RecallCampaignFacts, RecallCampaignFacts> change) => this with { Campaign = change(Campaign) };

    public RecallScenario WithClaim(Func<RecallClaimFacts, RecallClaimFacts> change) => this with { ClaimFacts = change(ClaimFacts) };

    public IReadOnlyDictionary<string, object?> Input => new Dictionary<string, object?> { ["campaign"] = Campaign, ["claim"] = ClaimFacts };
}
