using WorkflowDms.Domain.Recalls;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>
/// Dealer notice: the campaign is published to the dealers with affected vehicles (one event each) and
/// the stop-sale of unsold vehicles in their stock is in force from now on.
/// </summary>
internal sealed class NotifyDealersHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.NotifyDealers;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        var stopSale = steps.Db.CampaignVehicles.Count(v => v.CampaignId == campaign.Id && v.StopSale && v.Status == CampaignVehicleStatus.Open);
        steps.Change(campaign, "notify-dealers", c => c.NotifyDealers(steps.Now), new { stopSaleVehicles = stopSale });
        return new Dictionary<string, object?> { ["stopSaleVehicles"] = (long)stopSale };
    }
}
