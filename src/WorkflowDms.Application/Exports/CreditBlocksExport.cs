using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// <c>credit-blocks</c>: every time the credit check blocked an order in the period (C-04, C-06, C-10, C-11),
/// from the case-event outbox (order → CreditBlocked), so a recheck that blocks again is a row of its own
/// (<c>step</c> = <c>credit-recheck-blocked</c>). <c>currentStatus</c> tells whether the block was released or
/// the order rejected since; <c>creditReasonCode</c> is the order's latest credit reason.
/// </summary>
internal static class CreditBlocksExport
{
    public static async Task<ExportTable> ReadAsync(WorkflowDmsDbContext db, ExportQuery query, CancellationToken ct)
    {
        var (scope, from, to) = (query.Scope, query.Period.From, query.Period.To);
        var blocks = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseType == "order" && e.Status == "CreditBlocked" && e.OrgPath.StartsWith(scope) && e.OccurredAt >= from && e.OccurredAt < to)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Take(query.Fetch)
            .Select(e => new { e.Id, e.CaseId, e.OccurredAt, e.DataJson })
            .ToListAsync(ct);
        var orderIds = blocks.Select(b => b.CaseId).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id) && o.OrgPath.StartsWith(scope)).ToDictionaryAsync(o => o.Id, ct);
        var rows = blocks.Where(b => orders.ContainsKey(b.CaseId)).Select(b =>
            {
                var o = orders[b.CaseId];
                return (IReadOnlyList<string?>)
                [
                    o.Number, o.DealerCode, o.DealerReference, o.Type.ToString().ToLowerInvariant(), ExportText.Time(b.OccurredAt), Step(b.DataJson),
                    o.Currency, ExportText.Minor(o.TotalMinor), o.CreditReasonCode, o.Status.ToString(), b.Id.ToString(),
                ];
            })
            .ToList();
        return new ExportTable("credit-blocks", "creditBlock",
            ["documentNumber", "dealerCode", "dealerReference", "orderType", "blockedAt", "step", "currency", "amountMinor", "creditReasonCode", "currentStatus", "eventId"],
            rows);
    }

    /// <summary>The order step that blocked (<c>credit-block</c> or <c>credit-recheck-blocked</c>), as the outbox event recorded it.</summary>
    private static string? Step(string dataJson)
    {
        using var data = JsonDocument.Parse(dataJson);
        return data.RootElement.ValueKind == JsonValueKind.Object && data.RootElement.TryGetProperty("step", out var step) && step.ValueKind == JsonValueKind.String
            ? step.GetString()
            : null;
    }
}
