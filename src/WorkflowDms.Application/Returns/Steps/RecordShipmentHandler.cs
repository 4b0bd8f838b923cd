using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The dealer shipped against the return order (carrier and tracking number from the message).</summary>
internal sealed class RecordShipmentHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.RecordShipment;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        var carrier = ReturnStepContext.Text(context, "carrier");
        var tracking = ReturnStepContext.Text(context, "trackingNumber") ?? "";
        steps.Change(request, "ship", r => r.Ship(carrier, tracking, steps.Now), _ => new { carrier, trackingNumber = tracking });
        return new Dictionary<string, object?>();
    }
}
