using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>Nothing was shipped within the RMA's 60 days (RT-02): the RMA expires and blocks any later shipment.</summary>
internal sealed class ExpireRmaHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.ExpireRma;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "expire-rma", r => r.ExpireRma(steps.Now));
        return new Dictionary<string, object?>();
    }
}
