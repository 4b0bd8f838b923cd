using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>Owner notice (R-05, 49 CFR 577.7): letters go to the owners of open, in-service VINs; completion tracking starts.</summary>
internal sealed class NotifyOwnersHandler(RecallStepContext steps) : IServiceTaskHandler
{
    public string Key => RecallHandlerKeys.NotifyOwners;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        var owners = steps.OpenInService(campaign);
        steps.Change(campaign, "notify-owners", c => c.Activate(steps.Now), new { ownerNotifications = owners });
        return new Dictionary<string, object?> { ["ownerNotifications"] = (long)owners };
    }
}
