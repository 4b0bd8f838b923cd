using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The credit note is out: the return is closed.</summary>
internal sealed class CloseReturnHandler(ReturnStepContext steps) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.Close;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "close", r => r.Close(steps.Now));
        return new Dictionary<string, object?>();
    }
}
