using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Designer.Workflows;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Forms;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Designer.Forms;

/// <summary>
/// Task forms: the latest schema for the inbox, and for analysts the versions, the shared draft per form key,
/// publishing and where each form is used.
/// </summary>
public sealed class FormDesignerService(CommandRunner runner, WorkflowDmsDbContext reads, FormSchemaValidator validator, TimeProvider clock)
{
    private const string Entity = "form";

    /// <summary>The latest published schema, as JSON text (any staff member: the inbox renders it).</summary>
    public async Task<string> LatestSchemaAsync(Actor actor, string formKey, CancellationToken cancellationToken)
    {
        formKey = DesignerKeys.Check(formKey, "formKey");
        if (actor.Kind != ActorKind.User)
        {
            throw new NotFoundException(Entity, formKey);
        }

        return await reads.FormDefinitions.AsNoTracking().Where(f => f.FormKey == formKey).OrderByDescending(f => f.Version)
            .Select(f => f.SchemaJson).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(Entity, formKey);
    }

    public async Task<IReadOnlyList<FormSummaryView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!await DesignerAccess.CanDesignAsync(reads, actor, cancellationToken))
        {
            return [];
        }

        var latest = await reads.FormDefinitions.AsNoTracking().GroupBy(f => f.FormKey)
            .Select(g => new { FormKey = g.Key, Latest = g.Max(f => f.Version) }).ToDictionaryAsync(g => g.FormKey, g => g.Latest, cancellationToken);
        var drafts = await reads.FormDrafts.AsNoTracking().Select(d => d.FormKey).ToListAsync(cancellationToken);
        var usage = await UsageAsync(cancellationToken);
        return latest.Keys.Union(drafts).Union(usage.Keys).Order(StringComparer.Ordinal)
            .Select(key => new FormSummaryView(key, latest.TryGetValue(key, out var v) ? v : null, drafts.Contains(key), usage.GetValueOrDefault(key) ?? []))
            .ToList();
    }

    public async Task<IReadOnlyList<FormVersionView>> VersionsAsync(Actor actor, string formKey, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        var records = await reads.FormDefinitions.AsNoTracking().Where(f => f.FormKey == formKey).OrderByDescending(f => f.Version).ToListAsync(cancellationToken);
        return records.Count == 0 ? throw new NotFoundException(Entity, formKey) : records.Select(ToView).ToList();
    }

    public async Task<FormVersionDetailView> VersionAsync(Actor actor, string formKey, int version, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        var r = await reads.FormDefinitions.AsNoTracking().SingleOrDefaultAsync(f => f.FormKey == formKey && f.Version == version, cancellationToken)
            ?? throw new NotFoundException("form version", $"{formKey} v{version}");
        return new FormVersionDetailView(r.FormKey, r.Version, Parse(r.SchemaJson), r.PublishedBy, r.PublishedAt, SourceNames.Of(r.Source), r.Comment);
    }

    public async Task<FormDraftView> DraftAsync(Actor actor, string formKey, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        var draft = await reads.FormDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.FormKey == formKey, cancellationToken)
            ?? throw new NotFoundException("form draft", formKey);
        return ToView(draft, validator.Validate(formKey, draft.SchemaJson));
    }

    /// <summary>Creates or replaces the draft; stored even when the schema does not validate.</summary>
    public async Task<FormDraftView> SaveDraftAsync(Actor actor, string formKey, FormDraftRequest request, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        if (request.Schema is not { ValueKind: JsonValueKind.Object } schema)
        {
            throw new RequestBodyException(400, "Invalid draft", "schema is required and must be a JSON object (a form-js schema).", "schema");
        }

        var text = schema.GetRawText();
        if (text.Length > FormSchemaValidator.MaxSchemaCharacters)
        {
            throw new RequestBodyException(413, "Draft too large", $"schema has {text.Length:N0} characters; the limit is {FormSchemaValidator.MaxSchemaCharacters:N0}.", "schema");
        }

        if (request.BasedOnVersion is <= 0)
        {
            throw new RequestBodyException(400, "Invalid draft", "basedOnVersion must be a published version number.", "basedOnVersion");
        }

        var validation = validator.Validate(formKey, text);
        return await runner.RunAsync(async (_, db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var draft = await db.FormDrafts.SingleOrDefaultAsync(d => d.FormKey == formKey, ct);
            DesignerKeys.CheckEtag(draft?.Etag, request.Etag, $"form '{formKey}'");
            if (draft is null)
            {
                draft = FormDraft.Create(formKey, text, request.BasedOnVersion, actor.Name, now);
                db.FormDrafts.Add(draft);
            }
            else
            {
                draft.Update(text, request.BasedOnVersion, actor.Name, now);
            }

            return ToView(draft, validation);
        }, cancellationToken);
    }

    public async Task DeleteDraftAsync(Actor actor, string formKey, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        await runner.RunAsync(async (_, db, ct) =>
        {
            var draft = await db.FormDrafts.SingleOrDefaultAsync(d => d.FormKey == formKey, ct) ?? throw new NotFoundException("form draft", formKey);
            db.FormDrafts.Remove(draft);
            return true;
        }, cancellationToken);
    }

    /// <summary>Publishes the draft as the next version, with its audit entry, in one transaction.</summary>
    public async Task<FormPublishResult> PublishAsync(Actor actor, string formKey, PublishRequest? request, CancellationToken cancellationToken)
    {
        formKey = await EnsureAsync(actor, formKey, cancellationToken);
        var comment = DesignerKeys.Comment(request);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var draft = await db.FormDrafts.SingleOrDefaultAsync(d => d.FormKey == formKey, ct) ?? throw new NotFoundException("form draft", formKey);
            var validation = validator.Validate(formKey, draft.SchemaJson);
            if (!validation.Valid)
            {
                return new FormPublishResult(null, validation);
            }

            var version = (await db.FormDefinitions.Where(f => f.FormKey == formKey).MaxAsync(f => (int?)f.Version, ct) ?? 0) + 1;
            var record = FormDefinitionRecord.Create(Guid.CreateVersion7(), formKey, version, draft.SchemaJson, clock.GetUtcNow().UtcDateTime, actor.Name, DefinitionSource.Designer, comment);
            db.FormDefinitions.Add(record);
            db.FormDrafts.Remove(draft);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.FormPublished, $"form:{formKey}", await DesignerAccess.RootPathAsync(db, ct),
                new { formKey, version, sha256 = record.Sha256, source = "designer", publishedBy = actor.Name, comment }, ct);
            return new FormPublishResult(ToView(record), null);
        }, cancellationToken);
    }

    /// <summary>Which user tasks of the latest version of each process name each form key.</summary>
    private async Task<Dictionary<string, List<FormUsageView>>> UsageAsync(CancellationToken cancellationToken)
    {
        var latest = await reads.ProcessDefinitions.AsNoTracking()
            .Where(p => p.Version == reads.ProcessDefinitions.Where(q => q.ProcessId == p.ProcessId).Max(q => q.Version))
            .Select(p => new { p.ProcessId, p.Xml }).ToListAsync(cancellationToken);
        var usage = new Dictionary<string, List<FormUsageView>>(StringComparer.Ordinal);
        foreach (var process in latest.OrderBy(p => p.ProcessId, StringComparer.Ordinal))
        {
            foreach (var (id, element) in BpmnElementMap.Read(process.Xml, process.ProcessId).Elements.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (element.Type == "userTask" && element.Attributes.TryGetValue("camunda:formKey", out var key) && key.Length > 0)
                {
                    (usage.TryGetValue(key, out var list) ? list : usage[key] = []).Add(new FormUsageView(process.ProcessId, id));
                }
            }
        }

        return usage;
    }

    private async Task<string> EnsureAsync(Actor actor, string formKey, CancellationToken cancellationToken)
    {
        formKey = DesignerKeys.Check(formKey, "formKey");
        await DesignerAccess.EnsureAsync(reads, actor, Entity, formKey, cancellationToken);
        return formKey;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static FormVersionView ToView(FormDefinitionRecord r) =>
        new(r.FormKey, r.Version, r.PublishedBy, r.PublishedAt, SourceNames.Of(r.Source), r.Sha256, r.Comment);

    private static FormDraftView ToView(FormDraft d, FormValidationView validation) =>
        new(d.FormKey, Parse(d.SchemaJson), d.UpdatedBy, d.UpdatedAt, d.BasedOnVersion, d.Etag, validation);
}
