using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Returns;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>
/// Applies the inspection verdict and computes the credit (RT-06, RT-11, RT-12). A partial acceptance whose
/// quantities were not recorded raises the BPMN error <c>inspection-incomplete</c>: the process hands the
/// inspection back to the parts managers instead of guessing.
/// </summary>
internal sealed class RecordInspectionHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public const string IncompleteError = "inspection-incomplete";

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

        if (result == ReturnInspectionResult.PartiallyAccepted && !request.PartialAcceptanceRecorded)
        {
            const string why = "A partial acceptance needs the accepted quantity of every line (PUT /returns/{id}/inspection), more than none and less than all; the inspection is open again.";
            steps.Audit(request, AuditAction.CaseUpdated, new { caseType = ReturnKeys.CaseType, step = "inspection-incomplete", reason = why });
            throw new BpmnErrorException(IncompleteError, why);
        }

        steps.Change(request, "inspect", r => r.Inspect(result, steps.Now), r => new
        {
            inspection = ReturnViews.InspectionName(result),
            accepted = r.Lines.Select(l => new { l.LineNumber, l.Quantity, l.AcceptedQuantity }),
        });
        return new Dictionary<string, object?> { ["creditAmount"] = ReturnViews.Money(request.CreditMinor ?? 0) };
    }
}
