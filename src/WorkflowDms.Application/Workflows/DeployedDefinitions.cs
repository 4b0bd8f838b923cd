using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// The parsed, validated process definitions by (process id, version), held in memory so no request parses
/// BPMN. Running instances keep the version they started on; new instances take the latest this host knows.
/// A version this host has not loaded (published on another host, issue 5) is read from the database on the
/// first miss and kept (ADR 0008).
/// </summary>
public sealed class DeployedDefinitions(IServiceScopeFactory? scopes = null) : IProcessDefinitionSource
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

    /// <summary>The definition of one version; loaded from the database when this host has not seen it yet.</summary>
    public async ValueTask<ProcessDefinition> GetAsync(string processId, int version, CancellationToken cancellationToken)
    {
        if (byVersion.TryGetValue((processId, version), out var definition))
        {
            return definition;
        }

        if (scopes is null)
        {
            throw new InvalidOperationException($"Process '{processId}' version {version} is not deployed.");
        }

        // A scope of its own: the caller's DbContext may be mid-command, and this read must not join its change tracker.
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var record = await services.GetRequiredService<WorkflowDmsDbContext>().ProcessDefinitions.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProcessId == processId && p.Version == version, cancellationToken)
            ?? throw new InvalidOperationException($"Process '{processId}' version {version} is not deployed.");
        var deployer = new BpmnDeployer(services.GetRequiredService<IRuleEvaluator>(), services.GetServices<IServiceTaskHandler>());
        definition = StoredDefinition.Compile(deployer, record);
        Add(definition, version);
        return definition;
    }

    /// <summary>Whether this host holds the version in memory (for tests and diagnostics).</summary>
    public bool IsLoaded(string processId, int version) => byVersion.ContainsKey((processId, version));

    public IReadOnlyCollection<string> ProcessIds => latest.Keys.ToList();
}
