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
/// Deploys the shipped workflows at start-up. A file whose text differs from the last version deployed from
/// a file becomes a new version (the XML is stored, so running instances keep the version they started on);
/// an unchanged file leaves everything alone, even when an analyst has published a newer version from the
/// designer since (ADR 0008). Every stored version is then parsed once into <see cref="DeployedDefinitions"/>.
/// A shipped file outside the subset stops start-up with the file, element and reason.
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
                var lastFromFile = await db.ProcessDefinitions.Where(p => p.ProcessId == process.Id && p.Source == DefinitionSource.File)
                    .OrderByDescending(p => p.Version).Select(p => p.Sha256).FirstOrDefaultAsync(cancellationToken);
                if (lastFromFile == hash)
                {
                    continue;
                }

                var latest = await db.ProcessDefinitions.Where(p => p.ProcessId == process.Id).MaxAsync(p => (int?)p.Version, cancellationToken);
                var version = (latest ?? 0) + 1;
                db.ProcessDefinitions.Add(ProcessDefinitionRecord.Deploy(Guid.CreateVersion7(), process.Id, version, xml, now));
                await audit.AppendAsync(Actor.System, AuditAction.ProcessDeployed, $"process:{process.Id}", "/",
                    new { processId = process.Id, version, file = Path.GetFileName(file), sha256 = hash, source = "file" }, cancellationToken);
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
            deployed.Add(StoredDefinition.Compile(deployer, record), record.Version);
        }
    }
}
