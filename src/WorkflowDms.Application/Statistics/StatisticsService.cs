using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Security;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Figures per dealer, branch and region for every lifecycle, always within the caller's subtree (a dealer gets
/// its own and its sub-dealers', a branch user its branch), optionally narrowed to one org node inside it.
/// Each query groups in the database by org path and the figure's keys (see <see cref="Rollup"/>); one file per
/// lifecycle (<c>StatisticsService.&lt;Area&gt;.cs</c>).
/// </summary>
public sealed partial class StatisticsService(WorkflowDmsDbContext reads, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<StatisticsScope> ScopeAsync(Actor actor, StatisticsQuery query, CancellationToken cancellationToken)
    {
        var groupBy = StatisticsScope.ParseGroupBy(query.GroupBy);
        if (string.IsNullOrWhiteSpace(query.Org))
        {
            return new StatisticsScope(actor.OrgPath, groupBy);
        }

        var code = query.Org.Trim();
        var path = await reads.OrgNodes.AsNoTracking().Where(n => n.Code == code).Select(n => n.Path).FirstOrDefaultAsync(cancellationToken);

        // One answer for a node that does not exist and one outside the caller's subtree, so nothing leaks.
        return path is not null && actor.CanSee(path)
            ? new StatisticsScope(path, groupBy)
            : throw new RequestBodyException(400, "Invalid query", "'org' must be the code of an org node within your scope.", "org");
    }

    private StatisticsReport<TRow> Report<TRow>(StatisticsScope scope, ExportPeriod? period, (IReadOnlyList<TRow> Rows, TRow Total) figures) =>
        new(scope.GroupBy, scope.Path, period?.From, period?.To, Now, figures.Rows, figures.Total);
}
