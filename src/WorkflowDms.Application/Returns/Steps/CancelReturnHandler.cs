using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The dealer withdrew the request before shipping; the open approval or RMA ends with it.</summary>
internal sealed class CancelReturnHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.Cancel;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "cancel", r => r.Cancel(ReturnStepContext.Text(context, "cancelComment"), steps.Now));
        return new Dictionary<string, object?>();
    }
}
