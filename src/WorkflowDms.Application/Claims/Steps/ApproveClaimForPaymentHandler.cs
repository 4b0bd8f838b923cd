using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims.Steps;

/// <summary>Releases an approved claim for payment: at once, or after the returned part passed inspection.</summary>
internal sealed class ApproveClaimForPaymentHandler(ClaimStepContext steps) : IServiceTaskHandler
{
    public string Key => ClaimHandlerKeys.ApproveForPayment;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var claim = steps.Load(context);
        steps.Change(claim, "approve-for-payment", c => c.ApproveForPayment(steps.Now));
        return new Dictionary<string, object?>();
    }
}
