using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Inbox;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// A user's saved inbox filters, kept on the server so they follow the user between browsers. Each belongs to
/// its author alone: another user's filter id is "not found". A query is checked like GET /tasks before it is kept.
/// </summary>
public sealed class SavedFilters(CommandRunner runner, WorkflowDmsDbContext reads, TimeProvider clock)
{
    public const int MaxPerUser = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<IReadOnlyList<SavedFilterView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var filters = await reads.SavedTaskFilters.AsNoTracking().Where(f => f.UserId == actor.Id)
            .OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return filters.Select(ToView).ToList();
    }

    public Task<SavedFilterView> SaveAsync(Actor actor, SavedFilterRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            throw new RequestBodyException(400, "Invalid filter", "name is required, at most 100 characters.", "name");
        }

        var query = request.Query ?? throw new RequestBodyException(400, "Invalid filter", "query is required (the GET /tasks parameters).", "query");
        InboxQuery.Parse(query);
        return runner.RunAsync(async (_, db, ct) =>
        {
            var existing = await db.SavedTaskFilters.Where(f => f.UserId == actor.Id).Select(f => f.Name).ToListAsync(ct);
            if (existing.Contains(name, StringComparer.Ordinal))
            {
                throw new ConflictException("filter-name-taken", $"You already have a filter named '{name}'.");
            }

            if (existing.Count >= MaxPerUser)
            {
                throw new BusinessRuleException("too-many-filters", $"At most {MaxPerUser} saved filters per user.");
            }

            var filter = SavedTaskFilter.Create(Guid.CreateVersion7(clock.GetUtcNow()), actor.Id, name, JsonSerializer.Serialize(query, Json), clock.GetUtcNow().UtcDateTime);
            db.SavedTaskFilters.Add(filter);
            return ToView(filter);
        }, cancellationToken);
    }

    public Task DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return runner.RunAsync(async (_, db, ct) =>
        {
            var filter = await db.SavedTaskFilters.FirstOrDefaultAsync(f => f.Id == id && f.UserId == actor.Id, ct)
                ?? throw new NotFoundException("filter", id.ToString());
            db.SavedTaskFilters.Remove(filter);
            return true;
        }, cancellationToken);
    }

    private static SavedFilterView ToView(SavedTaskFilter filter) =>
        new(filter.Id, filter.Name, JsonSerializer.Deserialize<TaskFilterQuery>(filter.QueryJson, Json) ?? new TaskFilterQuery());
}
