using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Access;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Listing: one small index range scan per source — each (group, path) grant and each named-candidate entry over
/// the candidate rows, each holder over the tasks — with the filters, the keyset and the order pushed into SQL and
/// at most limit + 1 rows read from each; the pages are then merged in memory. An OR over all grants in one
/// query would make SQLite collect and sort every matching row, which a million open tasks cannot afford.
/// </summary>
public sealed partial class InboxService
{
    public async Task<TaskPage> GetInboxAsync(Actor actor, InboxQuery query, string? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        limit = Math.Clamp(limit, 1, InboxQuery.MaxLimit);
        var now = clock.GetUtcNow().UtcDateTime;
        var cursor = after is null ? null : InboxCursor.Decode(after, query.Sort);
        var principals = await InboxScope.PrincipalsAsync(reads, actor, now, cancellationToken);

        var rows = new List<InboxRow>();
        foreach (var source in Sources(actor, principals, query))
        {
            var filtered = Filter(source, query, cursor, now);
            rows.AddRange(await InboxKeyset.Order(filtered, query.Sort).Take(limit + 1).ToListAsync(cancellationToken));
        }

        rows.Sort(InboxKeyset.Comparer(query.Sort));
        var page = rows.DistinctBy(r => r.TaskId).Take(limit + 1).ToList();
        var ids = page.Take(limit).Select(r => r.TaskId).ToList();
        var tasks = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates)
            .Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var names = await TaskViews.AssigneeNamesAsync(reads, tasks.Values, cancellationToken);
        var items = ids.Select(id => tasks[id].ToView(forms, now, names)).ToList();
        var next = page.Count > limit ? InboxCursor.After(query.Sort, page[limit - 1]).Encode() : null;
        return new TaskPage(items, next);
    }

    private IEnumerable<IQueryable<InboxRow>> Sources(Actor actor, IReadOnlyList<InboxPrincipal> principals, InboxQuery query)
    {
        var scope = actor.OrgPath;
        if (query.View != InboxView.Mine)
        {
            var status = query.Status ?? WorkTaskStatus.Open;
            var terms = principals
                .SelectMany(p => p.Grants.Select(g => (g.Group, g.OrgPath)).Prepend((WorkTaskCandidate.ForUser(p.UserId), p.HomePath)))
                .Distinct();
            foreach (var (group, path) in terms)
            {
                yield return Candidates(group, path, scope, status);
            }
        }

        if (query.View != InboxView.Groups && query.Status != WorkTaskStatus.Open)
        {
            var status = query.Status ?? WorkTaskStatus.Claimed;

            // Completed tasks are the caller's own record; claimed ones include those of users the caller covers for.
            var holders = status == WorkTaskStatus.Completed ? [actor.Id] : principals.Select(p => p.UserId).Distinct(StringComparer.Ordinal);
            foreach (var holder in holders)
            {
                yield return Held(holder, scope, status);
            }
        }
    }

    private IQueryable<InboxRow> Candidates(string group, string path, string scope, WorkTaskStatus status)
    {
        var rows = reads.WorkTaskCandidates.AsNoTracking()
            .Where(c => c.GroupName == group && c.OrgPath.StartsWith(path) && c.OrgPath.StartsWith(scope));

        // Open tasks go through IsOpen so the inbox indexes (GroupName, IsOpen, <sort>...) serve them by a range scan.
        // Compared with a parameter on purpose: EF writes `c.IsOpen` or `c.IsOpen == true` as a bare `AND "IsOpen"`,
        // which SQLite cannot use as the index's second key, so it would read and sort every open task of the group.
        var open = true;
        rows = status == WorkTaskStatus.Open ? rows.Where(c => c.IsOpen == open) : rows.Where(c => c.Status == status);
        return rows.Select(c => new InboxRow
        {
            TaskId = c.TaskId,
            SortDueAt = c.SortDueAt,
            CreatedAt = c.CreatedAt,
            Amount = c.Amount,
            CaseType = c.CaseType,
            DealerCode = c.DealerCode,
        });
    }

    private IQueryable<InboxRow> Held(string holder, string scope, WorkTaskStatus status) =>
        reads.WorkTasks.AsNoTracking()
            .Where(t => t.Assignee == holder && t.Status == status && t.OrgPath.StartsWith(scope))
            .Select(t => new InboxRow
            {
                TaskId = t.Id,
                SortDueAt = t.SortDueAt,
                CreatedAt = t.CreatedAt,
                Amount = t.Amount,
                CaseType = t.CaseType,
                DealerCode = t.DealerCode,
            });

    private static IQueryable<InboxRow> Filter(IQueryable<InboxRow> rows, InboxQuery query, InboxCursor? cursor, DateTime now)
    {
        if (query.CaseType is { } caseType)
        {
            rows = rows.Where(r => r.CaseType == caseType);
        }

        if (query.Dealer is { } dealer)
        {
            rows = rows.Where(r => r.DealerCode == dealer);
        }

        if (query.MinAmount is { } min)
        {
            rows = rows.Where(r => r.Amount >= min);
        }

        if (query.MaxAmount is { } max)
        {
            rows = rows.Where(r => r.Amount <= max);
        }

        if (query.Due is { } due)
        {
            var before = due switch
            {
                InboxDue.Overdue => now,
                InboxDue.Today => now.Date.AddDays(1),
                _ => now.AddDays(7),
            };
            rows = rows.Where(r => r.SortDueAt < before);
        }

        return cursor is null ? rows : rows.Where(InboxKeyset.After(cursor));
    }

    /// <summary>The task, read-only, when the caller may see it; else "not found".</summary>
    internal async Task<WorkTask> VisibleAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        var principals = await InboxScope.PrincipalsAsync(reads, actor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return task is not null && CanSee(actor, principals, task) ? task : throw new Domain.Errors.NotFoundException("task", taskId.ToString());
    }

    private async Task<TaskView> ViewAsync(WorkflowDmsDbContext db, WorkTask task, CancellationToken cancellationToken) =>
        task.ToView(forms, clock.GetUtcNow().UtcDateTime, await TaskViews.AssigneeNamesAsync(db, [task], cancellationToken));
}
