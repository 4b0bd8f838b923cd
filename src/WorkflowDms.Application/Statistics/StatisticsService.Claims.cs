using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Claims;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    private static readonly string[] ClaimApprovalStatuses =
        [nameof(ClaimStatus.Approved), nameof(ClaimStatus.ApprovedForPayment), nameof(ClaimStatus.PartsReturnPending)];

    private static readonly string[] ClaimDecisionStatuses = [.. ClaimApprovalStatuses, nameof(ClaimStatus.Rejected)];

    /// <summary>Claims submitted in the period; "approved" means an approval event exists, "auto" that the claim never had a human task.</summary>
    public async Task<StatisticsReport<ClaimStatisticsRow>> ClaimsAsync(Actor actor, ExportPeriod period, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var claims = reads.Claims.AsNoTracking()
            .Where(c => c.OrgPath.StartsWith(scope.Path) && c.SubmittedAt >= period.From && c.SubmittedAt < period.To);

        var counts = await claims
            .Select(c => new
            {
                c.OrgPath,
                c.Status,
                c.Currency,
                c.TotalMinor,
                ApprovedMinor = c.ApprovedMinor ?? c.TotalMinor,
                Approved = reads.CaseEvents.Any(e => e.CaseType == ClaimKeys.CaseType && e.CaseId == c.Id && ClaimApprovalStatuses.Contains(e.Status)),
                Human = reads.WorkTasks.Any(t => t.CaseType == ClaimKeys.CaseType && t.CaseId == c.Id),
            })
            .GroupBy(x => new { x.OrgPath, x.Status, x.Currency, x.Approved, x.Human })
            .Select(g => new ClaimCount(
                g.Key.OrgPath, g.Key.Status, g.Key.Currency, g.Key.Approved, g.Key.Human, g.Count(), g.Sum(x => x.TotalMinor), g.Sum(x => x.ApprovedMinor)))
            .ToListAsync(cancellationToken);
        var times = await DecisionHistogram.QueryAsync(
            reads, claims.Select(c => new CaseClock { Id = c.Id, OrgPath = c.OrgPath, SubmittedAt = c.SubmittedAt }), ClaimKeys.CaseType, ClaimDecisionStatuses, cancellationToken);

        return Report(scope, period, Rollup.Build(scope, counts, times, ClaimRow));
    }

    private static ClaimStatisticsRow ClaimRow(string group, IReadOnlyList<ClaimCount> counts, IReadOnlyList<DecisionCount> times)
    {
        var approved = counts.Where(c => c.Approved).ToList();
        var auto = approved.Where(c => !c.Human).Sum(c => c.Count);
        return new ClaimStatisticsRow(
            group,
            counts.Sum(c => c.Count),
            counts.GroupBy(c => c.Status.ToString(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            MoneyAmount.Sum(counts, c => c.Currency, c => c.ClaimedMinor),
            MoneyAmount.Sum(approved, c => c.Currency, c => c.ApprovedMinor),
            approved.Sum(c => c.Count),
            auto,
            Ratio.Of(auto, approved.Sum(c => c.Count)),
            DecisionTimes.From(times));
    }

    private sealed record ClaimCount(
        string OrgPath, ClaimStatus Status, string Currency, bool Approved, bool Human, int Count, long ClaimedMinor, long ApprovedMinor) : INodeFact;
}
