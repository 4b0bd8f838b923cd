using WorkflowDms.Domain.Returns;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>Applies the inspection verdict and computes the credit (RT-06, RT-11, RT-12).</summary>
internal sealed class RecordInspectionHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.RecordInspection;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        var result = ReturnStepContext.Text(context, "inspection") switch
        {
            "accepted" => ReturnInspectionResult.Accepted,
            "partially-accepted" => ReturnInspectionResult.PartiallyAccepted,
            "rejected" => ReturnInspectionResult.Rejected,
            var other => throw new BpmnErrorException("unknown-inspection", $"Unknown inspection result '{other}'."),
        };
        steps.Change(request, "inspect", r => r.Inspect(result, steps.Now), r => new
        {
            inspection = ReturnViews.InspectionName(result),
            accepted = r.Lines.Select(l => new { l.LineNumber, l.Quantity, l.AcceptedQuantity }),
        });
        return new Dictionary<string, object?> { ["creditAmount"] = ReturnViews.Money(request.CreditMinor ?? 0) };
    }
}
