using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Orders;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    // The user tasks of workflows/order-approval.bpmn that decide a credit block: the first one and its escalation
    // (OrderKeys names only the first; the escalated one is reached by its boundary timer, never by code).
    private static readonly string[] CreditDecisionElements = [OrderKeys.CreditDecisionTaskElement, "decideCreditEscalated"];

    /// <summary>Credit blocks and credit decisions as they stand now (no period).</summary>
    public async Task<StatisticsReport<CreditStatisticsRow>> CreditAsync(Actor actor, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var now = Now;
        var blockedOrders = await reads.Orders.AsNoTracking()
            .Where(o => o.OrgPath.StartsWith(scope.Path) && o.Status == OrderStatus.CreditBlocked)
            .GroupBy(o => new { o.OrgPath, o.Currency })
            .Select(g => new CreditCount(g.Key.OrgPath, g.Count(), g.Key.Currency, g.Sum(o => o.TotalMinor), 0, 0, 0))
            .ToListAsync(cancellationToken);
        var blockedAccounts = await reads.CreditAccounts.AsNoTracking()
            .Where(a => a.OrgPath.StartsWith(scope.Path) && a.ManualBlock)
            .GroupBy(a => a.OrgPath)
            .Select(g => new CreditCount(g.Key, 0, null, 0, g.Count(), 0, 0))
            .ToListAsync(cancellationToken);
        var decisions = await reads.WorkTasks.AsNoTracking()
            .Where(t => t.OrgPath.StartsWith(scope.Path)
                && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed)
                && t.CaseType == OrderKeys.CaseType
                && CreditDecisionElements.Contains(t.ElementId))
            .GroupBy(t => t.OrgPath)
            .Select(g => new CreditCount(g.Key, 0, null, 0, 0, g.Count(), g.Count(t => t.DueAt != null && t.DueAt < now)))
            .ToListAsync(cancellationToken);

        return Report(scope, null, Rollup.Build(scope, [.. blockedOrders, .. blockedAccounts, .. decisions], CreditRow));
    }

    private static CreditStatisticsRow CreditRow(string group, IReadOnlyList<CreditCount> counts) =>
        new(
            group,
            counts.Sum(c => c.BlockedOrders),
            MoneyAmount.Sum(counts.Where(c => c.Currency is not null), c => c.Currency!, c => c.BlockedMinor),
            counts.Sum(c => c.BlockedAccounts),
            counts.Sum(c => c.OpenDecisions),
            counts.Sum(c => c.OverdueDecisions));

    /// <summary>One node's figure from one of the three queries; the others' fields are 0.</summary>
    private sealed record CreditCount(
        string OrgPath, int BlockedOrders, string? Currency, long BlockedMinor, int BlockedAccounts, int OpenDecisions, int OverdueDecisions) : INodeFact;
}
