using WorkflowDms.Application.Events;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>Completion is inadequate (R-13, 49 CFR 577.10): a follow-up notice goes to the owners of unremedied VINs only.</summary>
internal sealed class FollowUpHandler(RecallStepContext steps, CaseEvents events) : IServiceTaskHandler
{
    public const string EventType = "recall-follow-up";

    public string Key => RecallHandlerKeys.FollowUp;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var campaign = steps.Load(context);
        var owners = steps.OpenInService(campaign);
        steps.Note(campaign, "follow-up-notice", new { followUpNotifications = owners, completionRate = context.Variables.GetValueOrDefault("completionRate") });
        events.Publish(RecallChanges.Reference(campaign), null, EventType, campaign.Status.ToString(), new { campaign.Number, followUpNotifications = owners });
        return new Dictionary<string, object?> { ["followUpNotifications"] = (long)owners };
    }
}
