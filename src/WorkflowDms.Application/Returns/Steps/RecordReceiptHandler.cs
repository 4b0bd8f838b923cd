using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The warehouse received the goods into returns (blocked) stock (RT-10); inspection follows.</summary>
internal sealed class RecordReceiptHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.RecordReceipt;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "receive", r => r.Receive(steps.Now), r => new { r.StockLocation });
        return new Dictionary<string, object?>();
    }
}
