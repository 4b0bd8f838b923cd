using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Recall completion of a group (or a campaign): affected vehicles, by VIN status, and the completion rate
/// (remedied / affected, to 4 decimals; 0 when nothing is affected), as the campaign's own completion route counts it.
/// </summary>
public sealed record RecallCompletionRow(string Group, int Affected, int Open, int Remedied, int NotApplicable, int Excluded, decimal CompletionRate)
{
    internal static RecallCompletionRow Of(string group, IEnumerable<(CampaignVehicleStatus Status, int Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var affected = byStatus.Values.Sum();
        var remedied = byStatus.GetValueOrDefault(CampaignVehicleStatus.Remedied);
        return new RecallCompletionRow(
            group,
            affected,
            byStatus.GetValueOrDefault(CampaignVehicleStatus.Open),
            remedied,
            byStatus.GetValueOrDefault(CampaignVehicleStatus.NotApplicable),
            byStatus.GetValueOrDefault(CampaignVehicleStatus.Excluded),
            Ratio.Of(remedied, affected) ?? 0m);
    }
}
