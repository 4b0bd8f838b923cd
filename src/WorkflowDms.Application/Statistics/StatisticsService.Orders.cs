using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Orders;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    private static readonly string[] OrderDecisionStatuses = [nameof(OrderStatus.Approved), nameof(OrderStatus.Rejected)];

    /// <summary>Orders submitted in the period; "approved" means an Approved event exists, "auto" that the order never had a human task.</summary>
    public async Task<StatisticsReport<OrderStatisticsRow>> OrdersAsync(Actor actor, ExportPeriod period, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var orders = reads.Orders.AsNoTracking()
            .Where(o => o.OrgPath.StartsWith(scope.Path) && o.SubmittedAt != null && o.SubmittedAt >= period.From && o.SubmittedAt < period.To);

        var counts = await orders
            .Select(o => new
            {
                o.OrgPath,
                o.Status,
                o.Currency,
                o.TotalMinor,
                Approved = reads.CaseEvents.Any(e => e.CaseType == OrderKeys.CaseType && e.CaseId == o.Id && e.Status == nameof(OrderStatus.Approved)),
                Human = reads.WorkTasks.Any(t => t.CaseType == OrderKeys.CaseType && t.CaseId == o.Id),
            })
            .GroupBy(x => new { x.OrgPath, x.Status, x.Currency, x.Approved, x.Human })
            .Select(g => new OrderCount(g.Key.OrgPath, g.Key.Status, g.Key.Currency, g.Key.Approved, g.Key.Human, g.Count(), g.Sum(x => x.TotalMinor)))
            .ToListAsync(cancellationToken);
        var times = await DecisionHistogram.QueryAsync(
            reads, orders.Select(o => new CaseClock { Id = o.Id, OrgPath = o.OrgPath, SubmittedAt = o.SubmittedAt!.Value }), OrderKeys.CaseType, OrderDecisionStatuses, cancellationToken);

        return Report(scope, period, Rollup.Build(scope, counts, times, OrderRow));
    }

    private static OrderStatisticsRow OrderRow(string group, IReadOnlyList<OrderCount> counts, IReadOnlyList<DecisionCount> times)
    {
        var approved = counts.Where(c => c.Approved).Sum(c => c.Count);
        var auto = counts.Where(c => c.Approved && !c.Human).Sum(c => c.Count);
        return new OrderStatisticsRow(
            group,
            counts.Sum(c => c.Count),
            counts.GroupBy(c => c.Status.ToString(), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new StatusFigures(g.Sum(c => c.Count), MoneyAmount.Sum(g, c => c.Currency, c => c.ValueMinor))),
            MoneyAmount.Sum(counts, c => c.Currency, c => c.ValueMinor),
            approved,
            auto,
            Ratio.Of(auto, approved),
            DecisionTimes.From(times));
    }

    private sealed record OrderCount(string OrgPath, OrderStatus Status, string Currency, bool Approved, bool Human, int Count, long ValueMinor) : INodeFact;
}
