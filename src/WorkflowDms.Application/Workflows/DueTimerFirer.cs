using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Finds timers that are due (indexed on Kind, DueAt) and fires each in its own transaction, so one failing
/// instance cannot hold back the others.
/// </summary>
public sealed class DueTimerFirer(IServiceScopeFactory scopes, CommandRunner runner, TimeProvider clock, ILogger<DueTimerFirer> logger)
{
    private const int BatchSize = 100;

    /// <summary>Fires every timer due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            List<Guid> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
                due = await db.Bookmarks.AsNoTracking()
                    .Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt <= now)
                    .OrderBy(b => b.DueAt)
                    .Select(b => b.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }

            var firedNow = 0;
            foreach (var id in due)
            {
                try
                {
                    await FireAsync(id, cancellationToken);
                    firedNow++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One broken instance must not hold back every other timer; it is retried at the next poll.
                    logger.LogError(e, "Timer bookmark {BookmarkId} could not fire", id);
                }
            }

            fired += firedNow;
            if (due.Count < BatchSize || firedNow == 0)
            {
                return fired; // a full batch that all failed would otherwise be retried forever in this call
            }
        }
    }

    private Task<int> FireAsync(Guid id, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            // Re-read inside the transaction: a task completion (or another host) may have got there first.
            var timer = await db.Bookmarks.FirstOrDefaultAsync(b => b.Id == id, ct);
            if (timer is not null)
            {
                await services.GetRequiredService<WorkflowRuntime>().FireTimerAsync(timer, ct);
            }

            return 0;
        }, cancellationToken);
}
