using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>Open tasks as they stand now (no period), by the org node of their case.</summary>
    public async Task<StatisticsReport<TaskStatisticsRow>> TasksAsync(Actor actor, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, query, cancellationToken);
        var now = Now;
        var counts = await reads.WorkTasks.AsNoTracking()
            .Where(t => t.OrgPath.StartsWith(scope.Path) && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed))
            .GroupBy(t => new { t.OrgPath, t.CaseType })
            .Select(g => new TaskCount(g.Key.OrgPath, g.Key.CaseType, g.Count(), g.Count(t => t.DueAt != null && t.DueAt < now)))
            .ToListAsync(cancellationToken);

        return Report(scope, null, Rollup.Build(scope, counts, TaskRow));
    }

    private static TaskStatisticsRow TaskRow(string group, IReadOnlyList<TaskCount> counts) =>
        new(
            group,
            counts.Sum(c => c.Open),
            counts.Sum(c => c.Overdue),
            counts.GroupBy(c => c.CaseType, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new TaskCounts(g.Sum(c => c.Open), g.Sum(c => c.Overdue))));

    private sealed record TaskCount(string OrgPath, string CaseType, int Open, int Overdue) : INodeFact;
}
