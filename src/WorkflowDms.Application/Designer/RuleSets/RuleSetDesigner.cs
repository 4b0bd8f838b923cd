using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.RuleSets;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>
/// The rule-set designer's use cases: versions, the shared draft, expression checks, the test bench, publishing and
/// the diff. Rule sets are the manufacturer's, at the root of the org tree: only analysts and admins there see them
/// (<see cref="DesignerAccess"/>); anyone else gets 404s and empty lists.
/// </summary>
public sealed partial class RuleSetDesigner(
    WorkflowDmsDbContext db, CommandRunner runner, IRuleSetEngine engine, TimeProvider clock)
{
    private const string Entity = "rule set";

    public async Task<IReadOnlyList<RuleSetSummaryView>> ListAsync(Actor actor, CancellationToken ct)
    {
        if (!await DesignerAccess.CanDesignAsync(db, actor, ct))
        {
            return [];
        }

        var latest = await db.RuleSetVersions.AsNoTracking()
            .GroupBy(v => v.Name)
            .Select(g => g.OrderByDescending(v => v.Version).Select(v => new { v.Name, v.Version, v.RuleCount }).First())
            .ToListAsync(ct);
        var drafts = (await db.RuleSetDrafts.AsNoTracking().Select(d => d.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return latest.OrderBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new RuleSetSummaryView(v.Name, v.Version, v.RuleCount, drafts.Contains(v.Name), engine.LiveVersion(v.Name)))
            .ToList();
    }

    public async Task<IReadOnlyList<RuleSetVersionView>> VersionsAsync(Actor actor, string name, CancellationToken ct)
    {
        await DesignerAccess.EnsureAsync(db, actor, Entity, name, ct);
        var versions = await db.RuleSetVersions.AsNoTracking().Where(v => v.Name == name).OrderByDescending(v => v.Version).ToListAsync(ct);
        return versions.Count == 0 ? throw new NotFoundException(Entity, name) : versions.Select(View).ToList();
    }

    public async Task<RuleSetVersionDetailView> VersionAsync(Actor actor, string name, int version, CancellationToken ct)
    {
        await DesignerAccess.EnsureAsync(db, actor, Entity, name, ct);
        var record = await FindVersionAsync(name, version, ct);
        return new RuleSetVersionDetailView(
            record.Name, record.Version, RuleSetJson.Inputs(record.Json), RuleSetJson.Rows(record.Json),
            record.PublishedBy, record.PublishedAt, record.Source, record.Comment, record.Sha256);
    }

    public async Task<ExpressionCheckView> CheckExpressionAsync(Actor actor, string name, CheckExpressionRequest request, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        if (request.Expression is null)
        {
            throw new RequestBodyException(400, "Invalid request body", "'expression' is required.", "expression");
        }

        return engine.CheckExpression(name, request.Expression);
    }

    public async Task<IReadOnlyList<RuleSetSampleView>> SamplesAsync(Actor actor, string name, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        return engine.Samples(name);
    }

    internal static RuleSetVersionView View(RuleSetVersionRecord v) =>
        new(v.Name, v.Version, v.PublishedBy, v.PublishedAt, v.Source, v.RuleCount, v.Comment, v.Sha256);

    private async Task<RuleSetVersionRecord> FindVersionAsync(string name, int version, CancellationToken ct) =>
        await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Name == name && v.Version == version, ct)
        ?? throw new NotFoundException("rule set version", $"{name} v{version}");

    private async Task<RuleSetVersionRecord> LatestAsync(string name, CancellationToken ct) =>
        await db.RuleSetVersions.AsNoTracking().Where(v => v.Name == name).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(Entity, name);

    /// <summary>The caller may design, and the rule set has a published version.</summary>
    private async Task EnsureKnownAsync(Actor actor, string name, CancellationToken ct)
    {
        await DesignerAccess.EnsureAsync(db, actor, Entity, name, ct);
        if (!await db.RuleSetVersions.AnyAsync(v => v.Name == name, ct) || engine.LiveVersion(name) is null)
        {
            throw new NotFoundException(Entity, name);
        }
    }
}
