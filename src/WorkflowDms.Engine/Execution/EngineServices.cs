using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Execution;

/// <summary>The ports the executor calls: rule sets, service-task handlers (indexed by key), called processes.</summary>
internal sealed class EngineServices
{
    public EngineServices(IRuleEvaluator rules, IEnumerable<IServiceTaskHandler> handlers, IProcessDefinitionSource definitions)
    {
        Rules = rules;
        Definitions = definitions;
        foreach (var handler in handlers)
        {
            if (!Handlers.TryAdd(handler.Key, handler))
            {
                throw new ArgumentException($"two service-task handlers have the key '{handler.Key}'", nameof(handlers));
            }
        }
    }

    public IRuleEvaluator Rules { get; }

    public IProcessDefinitionSource Definitions { get; }

    public Dictionary<string, IServiceTaskHandler> Handlers { get; } = new(StringComparer.Ordinal);

    public ProcessDefinition? FindDefinition(string processId) => Definitions.Find(processId);
}
