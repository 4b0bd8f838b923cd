using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Dealers;

/// <summary>
/// Resolves a dealer API key to its dealer. Results are cached for a short time, because every dealer
/// request authenticates and the key table is read far more often than it changes; a revoked key stops
/// working within <see cref="CacheFor"/>.
/// </summary>
public sealed class DealerKeyDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (AuthenticatedDealer? Dealer, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    public async Task<AuthenticatedDealer?> FindByKeyAsync(string apiKey, CancellationToken cancellationToken)
    {
        var hash = ApiKeyHasher.Hash(apiKey);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Dealer;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var dealer = await (
            from key in db.ApiKeys.AsNoTracking()
            join d in db.Dealers.AsNoTracking() on key.DealerId equals d.Id
            where key.KeyHash == hash && key.RevokedAt == null
            select new AuthenticatedDealer(d.Id, d.Code, d.OrgPath)).FirstOrDefaultAsync(cancellationToken);

        if (cache.Count > 10_000)
        {
            cache.Clear(); // bounded: a flood of random keys must not grow memory without limit
        }

        cache[hash] = (dealer, now + CacheFor);
        return dealer;
    }

    /// <summary>Forgets cached lookups, e.g. after a key was revoked.</summary>
    public void Invalidate() => cache.Clear();
}
