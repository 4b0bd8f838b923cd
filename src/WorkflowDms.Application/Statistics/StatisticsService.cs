using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Figures per dealer, branch and region, always within the caller's subtree (a dealer gets its own and its
/// sub-dealers', a branch reviewer its branch). Decision times come from the case-event outbox; "auto-approved"
/// means approved without any human task on the claim.
/// </summary>
public sealed class StatisticsService(WorkflowDmsDbContext reads)
{
    public static readonly string[] Groupings = ["dealer", "branch", "region"];

    private static readonly string[] DecisionStatuses =
        [nameof(ClaimStatus.Approved), nameof(ClaimStatus.ApprovedForPayment), nameof(ClaimStatus.PartsReturnPending), nameof(ClaimStatus.Rejected), nameof(ClaimStatus.ReturnedToDealer)];

    private static readonly string[] ApprovalStatuses =
        [nameof(ClaimStatus.Approved), nameof(ClaimStatus.ApprovedForPayment), nameof(ClaimStatus.PartsReturnPending)];

    public async Task<ClaimStatistics> ClaimsAsync(Actor actor, ExportPeriod period, string? groupBy, CancellationToken cancellationToken)
    {
        groupBy ??= "dealer";
        if (!Groupings.Contains(groupBy))
        {
            throw new RequestBodyException(400, "Invalid query", "'groupBy' must be dealer, branch or region.", "groupBy");
        }

        var scope = actor.OrgPath;
        var claims = await reads.Claims.AsNoTracking()
            .Where(c => c.OrgPath.StartsWith(scope) && c.SubmittedAt >= period.From && c.SubmittedAt < period.To)
            .Select(c => new { c.Id, c.DealerCode, c.OrgPath, c.Status, c.SubmittedAt, c.TotalMinor, c.ApprovedMinor })
            .ToListAsync(cancellationToken);
        var ids = claims.Select(c => c.Id).ToList();
        var decisions = await reads.CaseEvents.AsNoTracking()
            .Where(e => e.CaseType == "claim" && ids.Contains(e.CaseId) && DecisionStatuses.Contains(e.Status))
            .Select(e => new { e.CaseId, e.Status, e.OccurredAt })
            .ToListAsync(cancellationToken);
        var withTasks = (await reads.WorkTasks.AsNoTracking()
            .Where(t => t.CaseType == "claim" && ids.Contains(t.CaseId))
            .Select(t => t.CaseId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var facts = claims.Select(c =>
        {
            var first = decisions.Where(d => d.CaseId == c.Id).OrderBy(d => d.OccurredAt).FirstOrDefault();
            var approved = decisions.Any(d => d.CaseId == c.Id && ApprovalStatuses.Contains(d.Status));
            return new ClaimFact(
                GroupOf(c.OrgPath, c.DealerCode, groupBy), c.Status.ToString(), c.TotalMinor, approved ? c.ApprovedMinor ?? c.TotalMinor : 0,
                approved, approved && !withTasks.Contains(c.Id), first is null ? null : (first.OccurredAt - c.SubmittedAt).TotalHours);
        }).ToList();

        var rows = facts.GroupBy(f => f.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, [.. g])).ToList();
        return new ClaimStatistics(groupBy, period.From, period.To, rows, Row("total", facts));
    }

    /// <summary>Region and branch are the 2nd and 3rd path segments (<c>/HQ/R1/B11/…</c>); a node above them groups as itself.</summary>
    private static string GroupOf(string orgPath, string dealerCode, string groupBy)
    {
        var segments = orgPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return groupBy switch
        {
            "region" => segments.Length > 1 ? segments[1] : segments[0],
            "branch" => segments.Length > 2 ? segments[2] : segments[^1],
            _ => dealerCode,
        };
    }

    private static ClaimStatisticsRow Row(string group, IReadOnlyList<ClaimFact> facts)
    {
        var hours = facts.Where(f => f.HoursToDecision is not null).Select(f => f.HoursToDecision!.Value).Order().ToList();
        var approved = facts.Count(f => f.Approved);
        var auto = facts.Count(f => f.AutoApproved);
        return new ClaimStatisticsRow(
            group,
            facts.Count,
            facts.GroupBy(f => f.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            facts.Sum(f => f.ClaimedMinor) / 100m,
            facts.Sum(f => f.ApprovedMinor) / 100m,
            approved,
            auto,
            approved == 0 ? null : Math.Round((decimal)auto / approved, 4),
            hours.Count,
            hours.Count == 0 ? null : Math.Round(hours.Average(), 2),
            hours.Count == 0 ? null : Math.Round(hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2, 2));
    }

    private sealed record ClaimFact(string Group, string Status, long ClaimedMinor, long ApprovedMinor, bool Approved, bool AutoApproved, double? HoursToDecision);
}
