using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Tests.TestSupport;

internal sealed class InMemoryDefinitionSource : IProcessDefinitionSource
{
    private readonly Dictionary<string, ProcessDefinition> _definitions = new(StringComparer.Ordinal);

    public void Add(ProcessDefinition definition) => _definitions[definition.Id] = definition;

    public ProcessDefinition? Find(string processId) => _definitions.GetValueOrDefault(processId);
}
