using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Tests.TestSupport;

/// <summary>A service-task handler backed by a delegate; records its calls.</summary>
internal sealed class TestHandler(string key, Func<ServiceTaskContext, IReadOnlyDictionary<string, object?>>? work = null) : IServiceTaskHandler
{
    public string Key { get; } = key;

    public List<ServiceTaskContext> Calls { get; } = [];

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        Calls.Add(context);
        return work?.Invoke(context) ?? new Dictionary<string, object?>();
    }
}
