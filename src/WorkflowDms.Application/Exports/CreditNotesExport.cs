using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Returns;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// <c>credit-notes</c>: every credit note issued to a dealer in the period, from both places that issue them —
/// a return credited after inspection (RT-11; amount = accepted value less the restocking fee) and a warranty
/// payment batch (settlement; amount = the batch total). <c>ledgerReference</c> is the reference the note was
/// posted under on the dealer's credit account, so the ERP can match it to the receivables it cleared.
/// </summary>
internal static class CreditNotesExport
{
    public static async Task<ExportTable> ReadAsync(WorkflowDmsDbContext db, ExportQuery query, CancellationToken ct)
    {
        var (scope, from, to) = (query.Scope, query.Period.From, query.Period.To);
        var returns = await db.ReturnRequests.AsNoTracking()
            .Where(r => r.CreditNoteNumber != null && r.CreditNoteIssuedAt >= from && r.CreditNoteIssuedAt < to && r.OrgPath.StartsWith(scope))
            .OrderBy(r => r.CreditNoteIssuedAt).ThenBy(r => r.CreditNoteNumber)
            .Take(query.Fetch)
            .Select(r => new { r.Id, r.CreditNoteNumber, r.DealerCode, r.CreditNoteIssuedAt, r.Currency, r.CreditMinor, r.Number })
            .ToListAsync(ct);
        var batches = await db.PaymentBatches.AsNoTracking()
            .Where(b => b.CreatedAt >= from && b.CreatedAt < to && b.OrgPath.StartsWith(scope))
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Number)
            .Take(query.Fetch)
            .Select(b => new { b.Number, b.DealerCode, b.CreatedAt, b.Currency, b.TotalMinor, b.CreditNoteReference })
            .ToListAsync(ct);

        var rows = returns
            .Select(r => (At: r.CreditNoteIssuedAt!.Value, Cells: (IReadOnlyList<string?>)
            [
                r.CreditNoteNumber, r.DealerCode, "return-credit-note", ExportText.Time(r.CreditNoteIssuedAt!.Value), r.Currency,
                ExportText.Minor(r.CreditMinor ?? 0), "return", r.Number, ReturnKeys.BusinessKey(r.Id),
            ]))
            .Concat(batches.Select(b => (At: b.CreatedAt, Cells: (IReadOnlyList<string?>)
            [
                b.Number, b.DealerCode, "warranty-settlement", ExportText.Time(b.CreatedAt), b.Currency,
                ExportText.Minor(b.TotalMinor), "payment-batch", b.Number, b.CreditNoteReference,
            ])))
            .OrderBy(r => r.At).ThenBy(r => r.Cells[0], StringComparer.Ordinal)
            .Select(r => r.Cells)
            .ToList();
        return new ExportTable("credit-notes", "creditNote",
            ["documentNumber", "dealerCode", "documentType", "issuedAt", "currency", "amountMinor", "sourceType", "sourceNumber", "ledgerReference"],
            rows);
    }
}
