using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>The gate passed: the campaign is launched and dealers may claim the remedy.</summary>
internal sealed class LaunchCampaignHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.Launch;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        steps.Change(campaign, "launch", c => c.Launch(steps.Now), new { campaign.PartsAvailabilityPercent, campaign.OpenPhase });
        return new Dictionary<string, object?>();
    }
}
