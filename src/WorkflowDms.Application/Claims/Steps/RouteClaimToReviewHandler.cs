using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>Puts a claim into manual review; the review task follows in the process.</summary>
internal sealed class RouteClaimToReviewHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.RouteToReview;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        steps.Change(claim, "route-to-review", c => c.RouteToReview(steps.Now));
        return new Dictionary<string, object?>();
    }
}
