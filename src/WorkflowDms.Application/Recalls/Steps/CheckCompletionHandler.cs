using WorkflowDms.Domain.Recalls;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>
/// The periodic completion check: records the completion figures and tells the process whether the
/// campaign is still running (a closed or superseded campaign ends its process here).
/// </summary>
internal sealed class CheckCompletionHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.CheckCompletion;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        var open = campaign.IsClaimable;
        var remedied = steps.Count(campaign, CampaignVehicleStatus.Remedied);
        var affected = steps.Db.CampaignVehicles.Count(v => v.CampaignId == campaign.Id);
        var rate = RecallFactsBuilder.Rate(remedied, affected);
        steps.Note(campaign, "completion-check", new { affected, remedied, completionRate = rate, campaignOpen = open });
        return new Dictionary<string, object?>
        {
            ["campaignOpen"] = open,
            ["completionRate"] = rate,
            [RecallKeys.StageVariable] = RecallKeys.CompletionCheckStage,
        };
    }
}
