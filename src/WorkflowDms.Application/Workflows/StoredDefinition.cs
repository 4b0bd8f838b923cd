using WorkflowDms.Domain.Workflows;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Deployment;

namespace WorkflowDms.Application.Workflows;

/// <summary>Turns a stored version back into a runnable definition with the engine's own reader.</summary>
internal static class StoredDefinition
{
    public static ProcessDefinition Compile(BpmnDeployer deployer, ProcessDefinitionRecord record)
    {
        var result = deployer.Deploy(record.Xml, $"{record.ProcessId} v{record.Version}");
        return result.ExecutableProcesses.FirstOrDefault(p => p.Id == record.ProcessId)
            ?? throw new InvalidOperationException($"Stored process {record.ProcessId} v{record.Version} no longer deploys: {result.ToSummaryLine()}");
    }
}
