using System.Collections.Concurrent;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// The parsed, validated process definitions by (process id, version), held in memory so no request parses
/// BPMN. Running instances keep the version they started on; new instances take the latest.
/// </summary>
public sealed class DeployedDefinitions : IProcessDefinitionSource
{
    private readonly ConcurrentDictionary<(string ProcessId, int Version), ProcessDefinition> byVersion = new();
    private readonly ConcurrentDictionary<string, (ProcessDefinition Definition, int Version)> latest = new(StringComparer.Ordinal);

    public void Add(ProcessDefinition definition, int version)
    {
        byVersion[(definition.Id, version)] = definition;
        latest.AddOrUpdate(definition.Id, (definition, version), (_, current) => version >= current.Version ? (definition, version) : current);
    }

    public ProcessDefinition? Find(string processId) => latest.TryGetValue(processId, out var entry) ? entry.Definition : null;

    public (ProcessDefinition Definition, int Version) Latest(string processId) =>
        latest.TryGetValue(processId, out var entry)
            ? entry
            : throw new InvalidOperationException($"No process '{processId}' is deployed.");

    public ProcessDefinition Get(string processId, int version) =>
        byVersion.TryGetValue((processId, version), out var definition)
            ? definition
            : throw new InvalidOperationException($"Process '{processId}' version {version} is not deployed.");

    public IReadOnlyCollection<string> ProcessIds => latest.Keys.ToList();
}
