using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>Rejects a pre-authorisation with the reviewer's reason; a claim quoting it is then sent back (W-27).</summary>
internal sealed class PreAuthorizationRejectHandler(PreAuthorizationStepContext steps) : IServiceTaskHandler
{
    public string Key => PreAuthorizationKeys.RejectTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var pa = steps.Load(context);
        steps.Change(pa, "reject", p => p.Reject(
            PreAuthorizationStepContext.Text(context, "reasonCode") ?? "", PreAuthorizationStepContext.Text(context, "comment"), steps.Actor.Name, steps.Now));
        return new Dictionary<string, object?>();
    }
}
