using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.RuleSets;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>
/// Start-up: stores each shipped <c>rules/*.json</c> as a new version when its text differs from the last version
/// that came from the file (so a version published in the designer is not overridden by an unchanged file, while a
/// shipped fix still lands), then makes the latest stored version of every rule set the live one.
/// </summary>
public sealed class RuleSetDeployer(WorkflowDmsDbContext db, IRuleSetEngine engine, AuditTrail audit, TimeProvider clock)
{
    public async Task DeployShippedAsync(CancellationToken cancellationToken)
    {
        var root = await DesignerRoot.PathAsync(db, cancellationToken);
        foreach (var (name, json) in engine.ReadShipped())
        {
            var sha = RuleSetVersionRecord.HashOf(json);
            var lastFromFile = await db.RuleSetVersions.AsNoTracking()
                .Where(v => v.Name == name && v.Source == RuleSetSources.File)
                .OrderByDescending(v => v.Version).Select(v => v.Sha256).FirstOrDefaultAsync(cancellationToken);
            if (lastFromFile == sha)
            {
                continue;
            }

            var version = (await db.RuleSetVersions.Where(v => v.Name == name).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
            var now = clock.GetUtcNow();
            var record = RuleSetVersionRecord.Publish(
                Guid.CreateVersion7(now), name, version, json, RuleSetSources.File, RuleSetJson.RuleCount(json), Actor.System.Name, now.UtcDateTime, null);
            db.RuleSetVersions.Add(record);
            await audit.AppendAsync(Actor.System, AuditAction.RuleSetPublished, $"rule-set:{name}", root,
                new { name, version, source = record.Source, sha256 = sha, file = name + ".json" }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ActivateLatestAsync(cancellationToken);
    }

    private async Task ActivateLatestAsync(CancellationToken cancellationToken)
    {
        var names = await db.RuleSetVersions.AsNoTracking().Select(v => v.Name).Distinct().ToListAsync(cancellationToken);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var latest = await db.RuleSetVersions.AsNoTracking().Where(v => v.Name == name)
                .OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
            var problems = engine.Publish(name, latest.Version, latest.Json);
            if (problems.Count > 0)
            {
                // A stored version that no longer compiles (e.g. a fact type lost a member) must stop start-up, as a
                // broken shipped file does: running on an older policy without saying so would be worse.
                throw new InvalidOperationException(
                    $"Rule set {name} v{latest.Version} ({latest.Source}) no longer compiles: {string.Join("; ", problems)}");
            }
        }
    }
}
