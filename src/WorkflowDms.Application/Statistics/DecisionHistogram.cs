using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Time to decision of claims and orders, from the case-event outbox (every status change is an event): per
/// case the first decision event at or after its (latest) submission, per org node a count per whole minute.
/// All of it runs in the database; <c>DateTime.Ticks</c> is what EF Core translates for a time difference on
/// SQLite (via <c>julianday</c>), and half a minute is added before the integer division so that a float
/// error of a few ticks cannot turn 360 minutes into 359.
/// </summary>
internal static class DecisionHistogram
{
    private const long HalfMinute = TimeSpan.TicksPerMinute / 2;

    public static Task<List<DecisionCount>> QueryAsync(
        WorkflowDmsDbContext reads, IQueryable<CaseClock> cases, string caseType, string[] decisionStatuses, CancellationToken cancellationToken) =>
        cases
            .Select(c => new
            {
                c.OrgPath,
                c.SubmittedAt,
                DecidedAt = reads.CaseEvents
                    .Where(e => e.CaseType == caseType && e.CaseId == c.Id && decisionStatuses.Contains(e.Status) && e.OccurredAt >= c.SubmittedAt)
                    .Min(e => (DateTime?)e.OccurredAt),
            })
            .Where(x => x.DecidedAt != null)
            .Select(x => new { x.OrgPath, Minutes = (x.DecidedAt!.Value.Ticks - x.SubmittedAt.Ticks + HalfMinute) / TimeSpan.TicksPerMinute })
            .GroupBy(x => new { x.OrgPath, x.Minutes })
            .Select(g => new DecisionCount(g.Key.OrgPath, g.Key.Minutes, g.Count()))
            .ToListAsync(cancellationToken);
}
