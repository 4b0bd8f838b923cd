using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>Payment waits for the old part (domain-reference W-52): the claim moves to PartsReturnPending.</summary>
internal sealed class RequestPartsReturnHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.RequestPartsReturn;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        steps.Change(claim, "request-parts-return", c => c.RequirePartsReturn(steps.Now));
        return new Dictionary<string, object?>();
    }
}
