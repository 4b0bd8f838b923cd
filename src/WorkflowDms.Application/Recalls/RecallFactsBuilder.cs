using WorkflowDms.Domain.Policies;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>Computes what the recall-policy rule set sees, so every rule is a plain comparison.</summary>
internal static class RecallFactsBuilder
{
    public static RecallCampaignFacts Campaign(WorkflowDmsDbContext db, RecallCampaign campaign, string stage, DateTime now)
    {
        var counts = db.CampaignVehicles
            .Where(v => v.CampaignId == campaign.Id)
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionary(x => x.Status, x => x.Count);
        var affected = counts.Values.Sum();
        var remedied = counts.GetValueOrDefault(CampaignVehicleStatus.Remedied);
        var remedyDefined = !string.IsNullOrWhiteSpace(campaign.LaborOperationCode)
            && db.LaborOperations.Any(o => o.Code == campaign.LaborOperationCode);
        return new RecallCampaignFacts
        {
            Stage = stage,
            Number = campaign.Number,
            Type = campaign.Type.ToString(),
            Status = campaign.Status.ToString(),
            SafetyRelated = campaign.RequiresStopSale,
            AffectedCount = affected,
            OpenCount = counts.GetValueOrDefault(CampaignVehicleStatus.Open),
            RemediedCount = remedied,
            CompletionRate = Rate(remedied, affected),
            RemedyDefined = remedyDefined,
            PartsAvailabilityPercent = campaign.PartsAvailabilityPercent,
            MinPartsAvailabilityPercent = campaign.MinPartsAvailabilityPercent,
            DealersNotified = campaign.DealersNotifiedAt is not null,
            ExpiresOn = campaign.ExpiresOn,
            DaysToExpiry = (int)(campaign.ExpiresOn.Date - now.Date).TotalDays,
            DaysSinceLaunch = campaign.LaunchedAt is { } launched ? (int)(now.Date - launched.Date).TotalDays : 0,
            OpenPhase = campaign.OpenPhase,
            SupersededByNumber = campaign.SupersededByNumber,
        };
    }

    /// <summary>Remedied / affected, rounded to 4 decimals; 0 when nothing is affected.</summary>
    public static decimal Rate(int remedied, int affected) => affected == 0 ? 0m : Math.Round((decimal)remedied / affected, 4);
}
