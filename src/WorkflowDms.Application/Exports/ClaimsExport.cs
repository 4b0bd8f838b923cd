using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// <c>claims</c>: warranty claims approved in the period. The approval time is the claim's first move into an
/// approved status in the case-event outbox, so a claim settled and closed since is still exported for the
/// period it was approved in, and only once.
/// </summary>
internal static class ClaimsExport
{
    private static readonly string[] ApprovedStatuses = ["Approved", "ApprovedForPayment", "PartsReturnPending"];

    public static async Task<ExportTable> ReadAsync(WorkflowDmsDbContext db, ExportQuery query, CancellationToken ct)
    {
        var (scope, period) = (query.Scope, query.Period);
        var approvals = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseType == "claim" && e.OrgPath.StartsWith(scope) && ApprovedStatuses.Contains(e.Status))
            .GroupBy(e => e.CaseId)
            .Select(g => new { CaseId = g.Key, ApprovedAt = g.Min(e => e.OccurredAt) })
            .Where(a => a.ApprovedAt >= period.From && a.ApprovedAt < period.To)
            .OrderBy(a => a.ApprovedAt).ThenBy(a => a.CaseId)
            .Take(query.Fetch)
            .ToListAsync(ct);
        var ids = approvals.Select(a => a.CaseId).ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id) && c.OrgPath.StartsWith(scope)).ToDictionaryAsync(c => c.Id, ct);
        var rows = approvals
            .Where(a => claims.ContainsKey(a.CaseId))
            .OrderBy(a => a.ApprovedAt).ThenBy(a => claims[a.CaseId].Number, StringComparer.Ordinal)
            .Select(a =>
            {
                var c = claims[a.CaseId];
                return (IReadOnlyList<string?>)
                [
                    c.Number, c.DealerCode, c.DealerClaimNumber, c.Vin, c.RepairOrderNumber, ExportText.Date(c.RepairDate), ExportText.Time(a.ApprovedAt),
                    c.Status.ToString(), c.Currency, ExportText.Minor(c.TotalMinor), ExportText.Minor(c.ApprovedMinor ?? c.TotalMinor), c.DecisionReasonCode,
                ];
            })
            .ToList();
        return new ExportTable("claims", "claim",
            ["documentNumber", "dealerCode", "dealerClaimNumber", "vin", "repairOrderNumber", "repairDate", "approvedAt", "status", "currency", "claimedAmountMinor", "approvedAmountMinor", "reasonCode"],
            rows);
    }
}
