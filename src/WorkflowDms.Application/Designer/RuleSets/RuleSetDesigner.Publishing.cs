using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.RuleSets;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Publishing the draft: compile, store the version with its audit entry in one transaction, then swap it in.</summary>
public sealed partial class RuleSetDesigner
{
    private const int MaxCommentLength = 2_000;

    public async Task<RuleSetPublishResult> PublishAsync(Actor actor, string name, PublishRequest request, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        if (request.Comment is { Length: > MaxCommentLength })
        {
            throw new RequestBodyException(400, "Invalid request body", $"The comment is longer than {MaxCommentLength} characters.", "comment");
        }

        var draft = await db.RuleSetDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, ct)
            ?? throw new NotFoundException("rule set draft", name);

        // Compiled here, on the analyst's request, before anything is written; the swap below reuses the compilation.
        var problems = engine.Validate(name, draft.Json);
        if (problems.Count > 0)
        {
            return new RuleSetPublishResult(null, problems);
        }

        var root = await DesignerRoot.PathAsync(db, ct);
        var published = await runner.RunAsync(async (services, wdb, c) =>
        {
            var current = await wdb.RuleSetDrafts.FirstOrDefaultAsync(d => d.Name == name, c);
            if (current is null || current.Etag != draft.Etag)
            {
                throw new ConflictException("draft-changed", $"The draft of rule set '{name}' changed while it was being published; review it and publish again.");
            }

            var latest = await wdb.RuleSetVersions.Where(v => v.Name == name).MaxAsync(v => (int?)v.Version, c) ?? 0;
            if (latest > current.BasedOnVersion)
            {
                throw new ConflictException(
                    "draft-outdated",
                    $"Rule set '{name}' was published as version {latest} after this draft started from version {current.BasedOnVersion}; "
                    + $"compare them (diff?from={current.BasedOnVersion}&to={latest}), then save the draft with basedOnVersion {latest}.");
            }

            var record = RuleSetVersionRecord.Publish(
                Guid.CreateVersion7(clock.GetUtcNow()), name, latest + 1, current.Json, RuleSetSources.Designer,
                RuleSetJson.RuleCount(current.Json), actor.Name, clock.GetUtcNow().UtcDateTime, request.Comment);
            wdb.RuleSetVersions.Add(record);
            wdb.RuleSetDrafts.Remove(current);
            await services.GetRequiredService<AuditTrail>().AppendAsync(
                actor, AuditAction.RuleSetPublished, $"rule-set:{name}", root,
                new { name, version = record.Version, source = record.Source, sha256 = record.Sha256, basedOn = current.BasedOnVersion, comment = request.Comment },
                c);
            return record;
        }, ct);

        // After the commit: evaluations switch to the new version in one atomic step; the ones in flight finish on
        // the old one. It cannot be refused (the same JSON just compiled), and if the process died right here the
        // next start-up would load this latest version anyway.
        var refused = engine.Publish(name, published.Version, published.Json);
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"Rule set '{name}' v{published.Version} was stored but could not be activated: {string.Join("; ", refused)}");
        }

        return new RuleSetPublishResult(View(published), []);
    }
}
