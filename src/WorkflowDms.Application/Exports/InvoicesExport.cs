using Microsoft.EntityFrameworkCore;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// <c>invoices</c>: the ERP invoices posted to the dealers' credit accounts in the period (by posting time; the
/// invoice and due dates are columns), each as the open item it became. <c>openAmountMinor</c> is what is still
/// open when the export is made (payments and credit notes clear it), so the ERP can reconcile its receivables.
/// </summary>
internal static class InvoicesExport
{
    private const string ReferencePrefix = "invoice:";

    public static async Task<ExportTable> ReadAsync(WorkflowDmsDbContext db, ExportQuery query, CancellationToken ct)
    {
        var (scope, start, end) = (query.Scope, query.Period.From, query.Period.To);
        var invoices = await (
                from posting in db.CreditPostings.AsNoTracking()
                join account in db.CreditAccounts.AsNoTracking() on posting.AccountId equals account.Id
                join item in db.ReceivableItems.AsNoTracking() on new { posting.AccountId, Reference = posting.Reference } equals new { item.AccountId, Reference = ReferencePrefix + item.InvoiceNumber }
                where posting.Kind == "invoice" && posting.PostedAt >= start && posting.PostedAt < end && account.OrgPath.StartsWith(scope)
                orderby posting.PostedAt, item.InvoiceNumber
                select new
                {
                    item.InvoiceNumber, account.DealerCode, item.InvoiceDate, item.DueDate, posting.PostedAt, account.Currency,
                    item.AmountMinor, item.OpenMinor, item.OrderId, posting.PostedBy,
                })
            .Take(query.Fetch)
            .ToListAsync(ct);
        var orderIds = invoices.Where(i => i.OrderId is not null).Select(i => i.OrderId!.Value).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var rows = invoices.Select(i => (IReadOnlyList<string?>)
            [
                i.InvoiceNumber, i.DealerCode, ExportText.Date(i.InvoiceDate), ExportText.Date(i.DueDate), ExportText.Time(i.PostedAt), i.Currency,
                ExportText.Minor(i.AmountMinor), ExportText.Minor(i.OpenMinor),
                i.OrderId is null ? null : "order", i.OrderId is { } id ? orders.GetValueOrDefault(id) : null, i.PostedBy,
            ])
            .ToList();
        return new ExportTable("invoices", "invoice",
            ["documentNumber", "dealerCode", "documentDate", "dueDate", "postedAt", "currency", "amountMinor", "openAmountMinor", "sourceType", "sourceNumber", "postedBy"],
            rows);
    }
}
