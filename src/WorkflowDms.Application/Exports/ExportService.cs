using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// Exports for the ERP, by period and within the caller's scope, as CSV or XML:
/// <list type="bullet">
/// <item><c>claims</c>: warranty claims approved in the period (approval time from the case-event outbox).</item>
/// <item><c>credit-notes</c>: return credit notes issued in the period (outbox: return → CreditNoteIssued).</item>
/// <item><c>credit-blocks</c>: orders blocked by the credit check in the period (outbox: order → CreditBlocked).</item>
/// </list>
/// Each export is audited (<see cref="AuditAction.ExportProduced"/>) with its kind, period and row count.
/// </summary>
public sealed class ExportService(CommandRunner runner, TimeProvider clock)
{
    public static readonly string[] Kinds = ["claims", "credit-notes", "credit-blocks"];

    private static readonly string[] ApprovedStatuses = ["Approved", "ApprovedForPayment", "PartsReturnPending"];

    public Task<ExportFile> ProduceAsync(Actor actor, string kind, ExportPeriod period, string? format, CancellationToken cancellationToken)
    {
        format ??= "csv";
        if (format is not ("csv" or "xml"))
        {
            throw new RequestBodyException(400, "Invalid query", "'format' must be xml or csv.", "format");
        }

        if (!Kinds.Contains(kind))
        {
            throw new Domain.Errors.NotFoundException("export", kind);
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var table = kind switch
            {
                "claims" => await ApprovedClaimsAsync(db, actor, period, ct),
                "credit-notes" => await OutboxAsync(db, actor, period, "credit-notes", "creditNote", "return", "CreditNoteIssued", ct),
                _ => await OutboxAsync(db, actor, period, "credit-blocks", "creditBlock", "order", "CreditBlocked", ct),
            };
            var now = clock.GetUtcNow().UtcDateTime;
            var content = format == "xml" ? ExportWriters.Xml(table, period, now) : ExportWriters.Csv(table);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.ExportProduced, $"export:{kind}", actor.OrgPath,
                new { kind, period.From, period.To, format, rows = table.Rows.Count }, ct);
            var name = $"{kind}_{period.From:yyyyMMdd}_{period.To:yyyyMMdd}.{format}";
            return new ExportFile(format == "xml" ? "application/xml" : "text/csv", name, content, table.Rows.Count);
        }, cancellationToken);
    }

    private static async Task<ExportTable> ApprovedClaimsAsync(WorkflowDmsDbContext db, Actor actor, ExportPeriod period, CancellationToken ct)
    {
        var scope = actor.OrgPath;
        var approvals = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseType == "claim" && e.OrgPath.StartsWith(scope) && ApprovedStatuses.Contains(e.Status))
            .GroupBy(e => e.CaseId)
            .Select(g => new { CaseId = g.Key, ApprovedAt = g.Min(e => e.OccurredAt) })
            .Where(a => a.ApprovedAt >= period.From && a.ApprovedAt < period.To)
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
                    c.Number, c.DealerCode, c.DealerClaimNumber, c.Vin, c.RepairOrderNumber,
                    c.RepairDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Iso(a.ApprovedAt), c.Status.ToString(), c.Currency,
                    Money(c.TotalMinor), c.ApprovedMinor is { } approved ? Money(approved) : Money(c.TotalMinor), c.DecisionReasonCode,
                ];
            })
            .ToList();
        return new ExportTable("claims", "claim",
            ["claimNumber", "dealerCode", "dealerClaimNumber", "vin", "repairOrderNumber", "repairDate", "approvedAt", "status", "currency", "totalAmount", "approvedAmount", "reasonCode"],
            rows);
    }

    /// <summary>Documents taken from the case-event outbox: the case's status change in the period, with the event's data.</summary>
    private static async Task<ExportTable> OutboxAsync(WorkflowDmsDbContext db, Actor actor, ExportPeriod period, string kind, string rowName, string caseType, string status, CancellationToken ct)
    {
        var scope = actor.OrgPath;
        var events = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseType == caseType && e.Status == status && e.OrgPath.StartsWith(scope) && e.OccurredAt >= period.From && e.OccurredAt < period.To)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync(ct);
        var dealerIds = events.Where(e => e.DealerId is not null).Select(e => e.DealerId!.Value).Distinct().ToList();
        var codes = await db.Dealers.AsNoTracking().Where(d => dealerIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var rows = events.Select(e => (IReadOnlyList<string?>)
            [e.CaseNumber, e.DealerId is { } d ? codes.GetValueOrDefault(d) : null, Iso(e.OccurredAt), e.Status, e.Id.ToString(), e.DataJson]).ToList();
        return new ExportTable(kind, rowName, ["caseNumber", "dealerCode", "at", "status", "eventId", "data"], rows);
    }

    private static string Iso(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Money(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
