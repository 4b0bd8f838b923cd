using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Deploys the shipped workflows at start-up. A file whose text changed becomes a new version (the XML is
/// stored, so running instances keep the version they started on); every stored version is parsed once
/// into <see cref="DeployedDefinitions"/>. A shipped file outside the subset stops start-up with the file,
/// element and reason.
/// </summary>
public sealed class WorkflowDeployer(
    WorkflowDmsDbContext db,
    WorkflowSources sources,
    DeployedDefinitions deployed,
    IRuleEvaluator rules,
    IEnumerable<IServiceTaskHandler> handlers,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task DeployShippedAsync(CancellationToken cancellationToken)
    {
        var deployer = new BpmnDeployer(rules, handlers);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in Directory.GetFiles(sources.Directory, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            var result = deployer.Deploy(xml, Path.GetFileName(file));
            if (result.Status != DeploymentStatus.Executable)
            {
                throw new InvalidOperationException($"Workflow file {Path.GetFileName(file)} cannot be deployed: {result.ToSummaryLine()}");
            }

            var hash = ProcessDefinitionRecord.HashOf(xml);
            foreach (var process in result.ExecutableProcesses)
            {
                var latest = await db.ProcessDefinitions.Where(p => p.ProcessId == process.Id)
                    .OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
                if (latest is null || latest.Sha256 != hash)
                {
                    var version = (latest?.Version ?? 0) + 1;
                    db.ProcessDefinitions.Add(ProcessDefinitionRecord.Deploy(Guid.CreateVersion7(), process.Id, version, xml, now));
                    await audit.AppendAsync(Actor.System, AuditAction.ProcessDeployed, $"process:{process.Id}", "/",
                        new { processId = process.Id, version, file = Path.GetFileName(file), sha256 = hash }, cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await LoadStoredVersionsAsync(deployer, cancellationToken);
    }

    private async Task LoadStoredVersionsAsync(BpmnDeployer deployer, CancellationToken cancellationToken)
    {
        var stored = await db.ProcessDefinitions.AsNoTracking().OrderBy(p => p.ProcessId).ThenBy(p => p.Version).ToListAsync(cancellationToken);
        foreach (var record in stored)
        {
            var result = deployer.Deploy(record.Xml, $"{record.ProcessId} v{record.Version}");
            var definition = result.ExecutableProcesses.FirstOrDefault(p => p.Id == record.ProcessId)
                ?? throw new InvalidOperationException($"Stored process {record.ProcessId} v{record.Version} no longer deploys: {result.ToSummaryLine()}");
            deployed.Add(definition, record.Version);
        }
    }
}
