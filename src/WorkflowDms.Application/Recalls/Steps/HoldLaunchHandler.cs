using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>The launch gate blocked (R-06 parts availability, R-01 remedy or population): the phase stays closed.</summary>
internal sealed class HoldLaunchHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.HoldLaunch;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        steps.Note(campaign, "launch-held", new { campaign.PartsAvailabilityPercent, campaign.MinPartsAvailabilityPercent, gate = context.Variables.GetValueOrDefault("launchGate") });
        return new Dictionary<string, object?>();
    }
}
