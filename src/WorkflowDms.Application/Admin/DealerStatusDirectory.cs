using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// The set of deactivated dealers, for the API-key check: a deactivated dealer's keys stop working at once on
/// this host (the admin route invalidates) and within <see cref="CacheFor"/> on others. The set is small
/// (dealers are rarely deactivated), so it is loaded whole rather than per key.
/// </summary>
public sealed class DealerStatusDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private volatile Snapshot? snapshot;

    public async Task<bool> IsActiveAsync(Guid dealerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = snapshot;
        if (current is null || current.Until <= now)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
            var inactive = await db.Dealers.AsNoTracking().Where(d => !d.Active).Select(d => d.Id).ToListAsync(cancellationToken);
            current = new Snapshot([.. inactive], now + CacheFor);
            snapshot = current;
        }

        return !current.Inactive.Contains(dealerId);
    }

    public void Invalidate() => snapshot = null;

    private sealed record Snapshot(HashSet<Guid> Inactive, DateTimeOffset Until);
}
