using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.RuleSets;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>The one shared draft per rule set: saved even when it does not compile, guarded by its etag.</summary>
public sealed partial class RuleSetDesigner
{
    /// <summary>More rules than any policy needs; a bound on what one save may ask the compiler to do.</summary>
    public const int MaxRules = 500;

    public async Task<RuleSetDraftView> GetDraftAsync(Actor actor, string name, CancellationToken ct)
    {
        await DesignerAccess.EnsureAsync(db, actor, Entity, name, ct);
        var draft = await db.RuleSetDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, ct)
            ?? throw new NotFoundException("rule set draft", name);
        return DraftView(draft);
    }

    public async Task<RuleSetDraftView> SaveDraftAsync(Actor actor, string name, RuleSetDraftRequest request, CancellationToken ct)
    {
        await EnsureKnownAsync(actor, name, ct);
        if (request.Rules is null)
        {
            throw new RequestBodyException(400, "Invalid request body", "'rules' is required.", "rules");
        }

        if (request.Rules.Count > MaxRules)
        {
            throw new RequestBodyException(400, "Invalid request body", $"A rule set holds at most {MaxRules} rules.", "rules");
        }

        var latest = await LatestAsync(name, ct);
        if (request.BasedOnVersion is { } based && (based < 1 || based > latest.Version))
        {
            throw new RequestBodyException(400, "Invalid request body", $"Rule set '{name}' has no version {based}.", "basedOnVersion");
        }

        var draft = await runner.RunAsync(async (_, wdb, c) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var current = await wdb.RuleSetDrafts.FirstOrDefaultAsync(d => d.Name == name, c);
            if (current is null)
            {
                if (request.Etag is not null)
                {
                    throw new ConflictException("draft-gone", $"The draft of rule set '{name}' was published or deleted since you read it.");
                }

                var started = RuleSetDraft.Start(name, RuleSetJson.Compose(latest.Json, request.Rules), request.BasedOnVersion ?? latest.Version, actor.Name, now);
                wdb.RuleSetDrafts.Add(started);
                return started;
            }

            if (request.Etag != current.Etag)
            {
                throw new ConflictException("stale-etag", $"The draft of rule set '{name}' was saved by {current.UpdatedBy} since you read it; reload it.");
            }

            current.Update(RuleSetJson.Compose(current.Json, request.Rules), request.BasedOnVersion ?? current.BasedOnVersion, actor.Name, now);
            return current;
        }, ct);
        return DraftView(draft);
    }

    public async Task DeleteDraftAsync(Actor actor, string name, CancellationToken ct)
    {
        await DesignerAccess.EnsureAsync(db, actor, Entity, name, ct);
        await runner.RunAsync(async (_, wdb, c) =>
        {
            var draft = await wdb.RuleSetDrafts.FirstOrDefaultAsync(d => d.Name == name, c) ?? throw new NotFoundException("rule set draft", name);
            wdb.RuleSetDrafts.Remove(draft);
            return true;
        }, ct);
    }

    private RuleSetDraftView DraftView(RuleSetDraft draft) =>
        new(draft.Name, RuleSetJson.Inputs(draft.Json), RuleSetJson.Rows(draft.Json), draft.BasedOnVersion, draft.UpdatedBy, draft.UpdatedAt,
            draft.Etag, engine.Validate(draft.Name, draft.Json));
}
