using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Application.Recalls;

/// <summary>Entity → view mappings of the recall area.</summary>
internal static class RecallViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RecallCampaignView ToView(this RecallCampaign c, int affected, int open) => new(
        c.Id, c.Number, c.Title, c.Type.ToString(), c.Priority, c.LaborOperationCode, c.PartNumberList,
        c.PartsAvailabilityPercent, c.MinPartsAvailabilityPercent, DateOnly.FromDateTime(c.ExpiresOn), c.OpenPhase,
        c.Status.ToString(), c.RequiresStopSale, c.CreatedAt, c.UpdatedAt, c.DealersNotifiedAt, c.LaunchedAt, c.OwnersNotifiedAt,
        c.ClosedAt, c.CloseReason, c.SupersededByNumber, affected, open,
        c.PermittedTriggers.Select(t => t.ToString()).ToList(),
        c.LastRuleResultJson is null ? null : JsonSerializer.Deserialize<RuleResultView>(c.LastRuleResultJson, Json));

    public static CampaignVehicleView ToView(this CampaignVehicle v, RecallCampaign c) => new(
        v.Vin, c.Id, c.Number, c.Title, c.Type.ToString(), c.Status.ToString(), c.Priority, c.LaborOperationCode,
        DateOnly.FromDateTime(c.ExpiresOn), c.SupersededByNumber, v.Status.ToString(), v.StopSale, v.Phase,
        v.DealerOrgNodeId is null ? RecallLookup.NoDealer : LastCode(v.OrgPath), v.RemediedAt, v.RecallClaimId);

    public static RecallImportView ToView(this RecallImport i) => new(
        i.Id, i.CampaignId, i.Format, i.CreateMissingVehicles, i.Status.ToString(), i.Total, i.Processed, i.Accepted, i.Rejected,
        i.Total == 0 ? 0m : Math.Round(100m * i.Processed / i.Total, 1), i.CreatedAt, i.StartedAt, i.CompletedAt, i.Error);

    public static RecallClaimView ToView(this RecallClaim c, CampaignVehicleStatus vehicleStatus) => new(
        c.Id, c.Number, c.CampaignNumber, c.Vin, c.DealerCode, c.RepairOrderNumber, DateOnly.FromDateTime(c.RepairDate), c.MileageKm,
        c.RelatedDamageClaimed, c.AmountMinor / 100m, c.Currency, c.Status.ToString(), c.DecisionReasonCode, c.DecisionComment,
        vehicleStatus.ToString(), c.SubmittedAt);

    private static string LastCode(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }
}
