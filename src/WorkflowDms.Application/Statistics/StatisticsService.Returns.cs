using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>Returns requested in the period; "credited" means a credit note was issued.</summary>
    public async Task<StatisticsReport<ReturnStatisticsRow>> ReturnsAsync(Actor actor, ExportPeriod period, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var counts = await reads.ReturnRequests.AsNoTracking()
            .Where(r => r.OrgPath.StartsWith(scope.Path) && r.RequestedAt >= period.From && r.RequestedAt < period.To)
            .GroupBy(r => new { r.OrgPath, r.Status, r.Currency })
            .Select(g => new ReturnCount(
                g.Key.OrgPath,
                g.Key.Status,
                g.Key.Currency,
                g.Count(),
                g.Sum(r => r.TotalMinor),
                g.Count(r => r.CreditNoteNumber != null),
                g.Sum(r => r.CreditNoteNumber != null ? r.CreditMinor ?? 0 : 0)))
            .ToListAsync(cancellationToken);

        return Report(scope, period, Rollup.Build(scope, counts, ReturnRow));
    }

    private static ReturnStatisticsRow ReturnRow(string group, IReadOnlyList<ReturnCount> counts) =>
        new(
            group,
            counts.Sum(c => c.Count),
            counts.GroupBy(c => c.Status.ToString(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            MoneyAmount.Sum(counts, c => c.Currency, c => c.RequestedMinor),
            counts.Sum(c => c.Credited),
            MoneyAmount.Sum(counts.Where(c => c.Credited > 0), c => c.Currency, c => c.CreditedMinor));

    private sealed record ReturnCount(string OrgPath, ReturnStatus Status, string Currency, int Count, long RequestedMinor, int Credited, long CreditedMinor) : INodeFact;
}
