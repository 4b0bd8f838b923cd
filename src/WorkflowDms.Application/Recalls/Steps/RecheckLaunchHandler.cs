using WorkflowDms.Domain.Recalls;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>Before the gate is evaluated again: is the held campaign still waiting for launch (not closed or superseded)?</summary>
internal sealed class RecheckLaunchHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.RecheckLaunch;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        return new Dictionary<string, object?>
        {
            ["campaignOpen"] = campaign.Status == RecallCampaignStatus.DealersNotified,
            [RecallKeys.StageVariable] = RecallKeys.LaunchStage,
        };
    }
}
