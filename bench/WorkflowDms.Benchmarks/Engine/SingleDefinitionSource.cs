using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Benchmarks.Engine;

/// <summary>Serves the one deployed process of the benchmark.</summary>
internal sealed class SingleDefinitionSource(ProcessDefinition definition) : IProcessDefinitionSource
{
    public ProcessDefinition? Find(string processId) => processId == definition.Id ? definition : null;
}
