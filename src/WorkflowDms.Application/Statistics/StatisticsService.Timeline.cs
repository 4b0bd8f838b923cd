using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Security;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>
    /// Claims and orders submitted per day of the period, by current status, counted by the database per day and
    /// status; weeks are summed from the days here. Only the scope (and <c>org</c>) applies, not the grouping.
    /// </summary>
    public async Task<StatisticsTimeline> TimelineAsync(Actor actor, ExportPeriod period, string? bucket, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var buckets = TimelineBuckets.Parse(bucket);
        var (from, to) = TimelineBuckets.Days(period);
        var scope = await ScopeAsync(actor, query, cancellationToken);

        var claims = await reads.Claims.AsNoTracking()
            .Where(c => c.OrgPath.StartsWith(scope.Path) && c.SubmittedAt >= period.From && c.SubmittedAt < period.To)
            .GroupBy(c => new { c.SubmittedAt.Date, c.Status })
            .Select(g => new { g.Key.Date, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var orders = await reads.Orders.AsNoTracking()
            .Where(o => o.OrgPath.StartsWith(scope.Path) && o.SubmittedAt != null && o.SubmittedAt >= period.From && o.SubmittedAt < period.To)
            .GroupBy(o => new { o.SubmittedAt!.Value.Date, o.Status })
            .Select(g => new { g.Key.Date, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var claimDays = claims.Select(c => new DayCount(buckets.StartOf(DateOnly.FromDateTime(c.Date)), c.Status.ToString(), c.Count)).ToList();
        var orderDays = orders.Select(o => new DayCount(buckets.StartOf(DateOnly.FromDateTime(o.Date)), o.Status.ToString(), o.Count)).ToList();
        return new StatisticsTimeline(
            buckets.Name,
            scope.Path,
            from,
            to,
            buckets.Starts(from, to).Select(start =>
            {
                var inClaims = claimDays.Where(c => c.Start == start).ToList();
                var inOrders = orderDays.Where(o => o.Start == start).ToList();
                return new TimelineBucket(start, inClaims.Sum(c => c.Count), ByStatus(inClaims), inOrders.Sum(o => o.Count), ByStatus(inOrders));
            }).ToList());
    }

    private static Dictionary<string, int> ByStatus(IEnumerable<DayCount> counts) =>
        counts.GroupBy(c => c.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

    private sealed record DayCount(DateOnly Start, string Status, int Count);
}
