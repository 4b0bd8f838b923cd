using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>
/// The workflows half of the designer: versions and their running instances, the shared draft per process,
/// validation with the engine's reader, publishing a draft as the next version, and the diff of two versions.
/// </summary>
public sealed class WorkflowDesignerService(
    CommandRunner runner,
    WorkflowDmsDbContext reads,
    WorkflowValidator validator,
    DeployedDefinitions deployed,
    TimeProvider clock)
{
    private const string Entity = "workflow";
    private static readonly string Running = nameof(InstanceStatus.Running);

    public async Task<IReadOnlyList<WorkflowSummaryView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!await DesignerAccess.CanDesignAsync(reads, actor, cancellationToken))
        {
            return [];
        }

        var versions = await reads.ProcessDefinitions.AsNoTracking().GroupBy(p => p.ProcessId)
            .Select(g => new { ProcessId = g.Key, Latest = g.Max(p => p.Version), Count = g.Count() }).ToListAsync(cancellationToken);
        var drafts = await reads.WorkflowDrafts.AsNoTracking().Select(d => d.ProcessId).ToListAsync(cancellationToken);
        var running = await reads.WorkflowInstances.AsNoTracking().Where(i => i.Status == Running).GroupBy(i => i.ProcessId)
            .Select(g => new { ProcessId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ProcessId, g => g.Count, cancellationToken);
        return versions.Select(v => v.ProcessId).Union(drafts).Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var published = versions.SingleOrDefault(v => v.ProcessId == id);
                return new WorkflowSummaryView(id, deployed.Find(id)?.Name, published?.Latest, published?.Count ?? 0, drafts.Contains(id), running.GetValueOrDefault(id));
            })
            .ToList();
    }

    public async Task<IReadOnlyList<WorkflowVersionView>> VersionsAsync(Actor actor, string processId, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        var records = await reads.ProcessDefinitions.AsNoTracking().Where(p => p.ProcessId == processId)
            .OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
        if (records.Count == 0)
        {
            throw new NotFoundException(Entity, processId);
        }

        var running = await RunningByVersionAsync(reads, processId, cancellationToken);
        return records.Select(r => ToView(r, running.GetValueOrDefault(r.Version))).ToList();
    }

    public async Task<WorkflowVersionDetailView> VersionAsync(Actor actor, string processId, int version, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        var record = await LoadVersionAsync(processId, version, cancellationToken);
        return new WorkflowVersionDetailView(record.ProcessId, record.Version, record.Xml, record.PublishedBy, record.DeployedAt, SourceNames.Of(record.Source), record.Comment);
    }

    public async Task<WorkflowDraftView> DraftAsync(Actor actor, string processId, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        var draft = await reads.WorkflowDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProcessId == processId, cancellationToken)
            ?? throw new NotFoundException("workflow draft", processId);
        return ToView(draft, validator.Validate(draft.Xml, processId));
    }

    /// <summary>Creates or replaces the draft; it is stored even when invalid, with the verdict returned.</summary>
    public async Task<WorkflowDraftView> SaveDraftAsync(Actor actor, string processId, WorkflowDraftRequest request, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        var xml = CheckXml(request.Xml);
        if (request.BasedOnVersion is <= 0)
        {
            throw new RequestBodyException(400, "Invalid draft", "basedOnVersion must be a published version number.", "basedOnVersion");
        }

        var validation = validator.Validate(xml, processId);
        return await runner.RunAsync(async (_, db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == processId, ct);
            DesignerKeys.CheckEtag(draft?.Etag, request.Etag, $"process '{processId}'");
            if (draft is null)
            {
                draft = WorkflowDraft.Create(processId, xml, request.BasedOnVersion, actor.Name, now);
                db.WorkflowDrafts.Add(draft);
            }
            else
            {
                draft.Update(xml, request.BasedOnVersion, actor.Name, now);
            }

            return ToView(draft, validation);
        }, cancellationToken);
    }

    public async Task DeleteDraftAsync(Actor actor, string processId, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        await runner.RunAsync(async (_, db, ct) =>
        {
            var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == processId, ct)
                ?? throw new NotFoundException("workflow draft", processId);
            db.WorkflowDrafts.Remove(draft);
            return true;
        }, cancellationToken);
    }

    public async Task<WorkflowValidationView> ValidateAsync(Actor actor, WorkflowValidateRequest request, CancellationToken cancellationToken)
    {
        if (!await DesignerAccess.CanDesignAsync(reads, actor, cancellationToken))
        {
            throw new NotFoundException(Entity, "validate");
        }

        var xml = CheckXml(request.Xml);

        return validator.Validate(xml);
    }

    /// <summary>
    /// Publishes the draft as the next version in one transaction with its audit entry, then makes it the
    /// version new instances start on. A draft the engine would refuse is not published and nothing is stored.
    /// </summary>
    public async Task<WorkflowPublishResult> PublishAsync(Actor actor, string processId, PublishRequest? request, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        var comment = DesignerKeys.Comment(request);
        var (result, definition) = await runner.RunAsync(async (services, db, ct) =>
        {
            var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == processId, ct)
                ?? throw new NotFoundException("workflow draft", processId);
            var (validation, definition) = services.GetRequiredService<WorkflowValidator>().Check(draft.Xml, processId);
            if (definition is null)
            {
                return (new WorkflowPublishResult(null, validation), (ProcessDefinition?)null);
            }

            var version = (await db.ProcessDefinitions.Where(p => p.ProcessId == processId).MaxAsync(p => (int?)p.Version, ct) ?? 0) + 1;
            var record = ProcessDefinitionRecord.Publish(Guid.CreateVersion7(), processId, version, draft.Xml, actor.Name, comment, clock.GetUtcNow().UtcDateTime);
            db.ProcessDefinitions.Add(record);
            db.WorkflowDrafts.Remove(draft);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.ProcessDeployed, $"process:{processId}", await DesignerAccess.RootPathAsync(db, ct),
                new { processId, version, sha256 = record.Sha256, source = "designer", publishedBy = actor.Name, comment, basedOnVersion = draft.BasedOnVersion }, ct);
            return (new WorkflowPublishResult(ToView(record, 0), null), (ProcessDefinition?)definition);
        }, cancellationToken);

        if (definition is not null)
        {
            // Only after the commit: an instance must never start on a version the database does not hold.
            deployed.Add(definition, result.Published!.Version);
        }

        return result;
    }

    public async Task<WorkflowDiffView> DiffAsync(Actor actor, string processId, int? from, int? to, CancellationToken cancellationToken)
    {
        processId = DesignerKeys.Check(processId, "processId");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, processId, cancellationToken);
        if (from is not > 0 || to is not > 0)
        {
            var field = from is not > 0 ? "from" : "to";
            throw new RequestBodyException(400, "Invalid diff", $"{field} must be a version number (1 or more).", field);
        }

        var before = await LoadVersionAsync(processId, from.Value, cancellationToken);
        var after = await LoadVersionAsync(processId, to.Value, cancellationToken);
        return BpmnDiff.Compare(from.Value, BpmnElementMap.Read(before.Xml, processId), to.Value, BpmnElementMap.Read(after.Xml, processId));
    }

    private async Task<ProcessDefinitionRecord> LoadVersionAsync(string processId, int version, CancellationToken cancellationToken) =>
        await reads.ProcessDefinitions.AsNoTracking().SingleOrDefaultAsync(p => p.ProcessId == processId && p.Version == version, cancellationToken)
            ?? throw new NotFoundException("workflow version", $"{processId} v{version}");

    private static async Task<Dictionary<int, int>> RunningByVersionAsync(WorkflowDmsDbContext db, string processId, CancellationToken cancellationToken) =>
        await db.WorkflowInstances.AsNoTracking().Where(i => i.ProcessId == processId && i.Status == Running)
            .GroupBy(i => i.DefinitionVersion).Select(g => new { Version = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Version, g => g.Count, cancellationToken);

    private static string CheckXml(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw new RequestBodyException(400, "Invalid draft", "xml is required.", "xml");
        }

        if (xml.Length > WorkflowValidator.MaxXmlCharacters)
        {
            throw new RequestBodyException(413, "Draft too large", $"xml has {xml.Length:N0} characters; the limit is {WorkflowValidator.MaxXmlCharacters:N0}.", "xml");
        }

        return xml;
    }

    private static WorkflowVersionView ToView(ProcessDefinitionRecord r, int running) =>
        new(r.ProcessId, r.Version, r.PublishedBy, r.DeployedAt, SourceNames.Of(r.Source), r.Sha256, running, r.Comment);

    private static WorkflowDraftView ToView(WorkflowDraft d, WorkflowValidationView validation) =>
        new(d.ProcessId, d.Xml, d.UpdatedBy, d.UpdatedAt, d.BasedOnVersion, d.Etag, validation);
}
