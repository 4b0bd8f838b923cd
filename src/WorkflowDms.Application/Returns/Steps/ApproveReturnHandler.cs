using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The parts manager approved: the RMA is issued, valid 60 days (RT-02).</summary>
internal sealed class ApproveReturnHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.Approve;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "approve", r => r.Approve(ReturnStepContext.Text(context, "comment"), steps.Now), r => new { r.RmaNumber, r.RmaExpiresAt });
        return new Dictionary<string, object?> { ["rmaNumber"] = request.RmaNumber };
    }
}
