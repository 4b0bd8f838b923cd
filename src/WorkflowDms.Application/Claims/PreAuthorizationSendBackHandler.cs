using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>Returns a pre-authorisation to the dealer for correction; the process then waits for the resubmission.</summary>
internal sealed class PreAuthorizationSendBackHandler(PreAuthorizationStepContext steps) : IServiceTaskHandler
{
    public string Key => PreAuthorizationKeys.SendBackTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var pa = steps.Load(context);
        steps.Change(pa, "send-back", p => p.SendBack(
            PreAuthorizationStepContext.Text(context, "reasonCode") ?? "", PreAuthorizationStepContext.Text(context, "comment"), steps.Actor.Name, steps.Now));
        return new Dictionary<string, object?>();
    }
}
