using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The return order against the RMA, with its billing block (RT-09); the dealer may ship now.</summary>
internal sealed class CreateReturnOrderHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.CreateReturnOrder;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "create-return-order", r => r.CreateReturnOrder(steps.Now));
        return new Dictionary<string, object?>();
    }
}
