using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>The dealer's appeal arrived (W-60): the rejected claim goes back to review with its lines reopened.</summary>
internal sealed class ReopenClaimForAppealHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.ReopenForAppeal;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        var reason = ClaimStepContext.Text(context, "appealReason") ?? "";
        steps.Change(claim, "appeal", c => c.Appeal(reason, steps.Now), new { appealReason = reason });
        return new Dictionary<string, object?>();
    }
}
