using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Credit;

/// <summary>
/// The exposure postings ledger (C-01), inside the current command's transaction: every order, shipment,
/// invoice, payment and credit note is one <see cref="CreditPosting"/> with a unique reference; a repeated
/// reference is not posted again. The exposure is the sum of the postings, including those of this command.
/// </summary>
public sealed class CreditLedger(WorkflowDmsDbContext db, AuditTrail audit, ExecutionScope scope, TimeProvider clock) : ICreditPostings
{
    public async Task<CreditAccount?> AccountAsync(Guid dealerId, CancellationToken cancellationToken) =>
        db.CreditAccounts.Local.FirstOrDefault(a => a.DealerId == dealerId)
        ?? await db.CreditAccounts.FirstOrDefaultAsync(a => a.DealerId == dealerId, cancellationToken);

    public CreditAccount? Account(Guid dealerId) =>
        db.CreditAccounts.Local.FirstOrDefault(a => a.DealerId == dealerId)
        ?? db.CreditAccounts.FirstOrDefault(a => a.DealerId == dealerId);

    /// <summary>The exposure now: stored postings plus the ones added in this command.</summary>
    public CreditExposure Exposure(Guid accountId)
    {
        var stored = db.CreditPostings.AsNoTracking().Where(p => p.AccountId == accountId)
            .GroupBy(p => p.AccountId)
            .Select(g => new { Open = g.Sum(p => p.OpenOrdersMinor), Receivables = g.Sum(p => p.ReceivablesMinor), Delivered = g.Sum(p => p.DeliveredNotInvoicedMinor) })
            .FirstOrDefault();
        var pending = db.ChangeTracker.Entries<CreditPosting>().Where(e => e.State == EntityState.Added && e.Entity.AccountId == accountId).Select(e => e.Entity).ToList();
        return new CreditExposure(
            (stored?.Open ?? 0) + pending.Sum(p => p.OpenOrdersMinor),
            (stored?.Receivables ?? 0) + pending.Sum(p => p.ReceivablesMinor),
            (stored?.Delivered ?? 0) + pending.Sum(p => p.DeliveredNotInvoicedMinor));
    }

    /// <summary>What is still booked for one order, per bucket.</summary>
    public CreditExposure OrderExposure(Guid orderId)
    {
        var stored = db.CreditPostings.AsNoTracking().Where(p => p.OrderId == orderId).ToList();
        var pending = db.ChangeTracker.Entries<CreditPosting>().Where(e => e.State == EntityState.Added && e.Entity.OrderId == orderId).Select(e => e.Entity);
        var all = stored.Concat(pending).ToList();
        return new CreditExposure(all.Sum(p => p.OpenOrdersMinor), all.Sum(p => p.ReceivablesMinor), all.Sum(p => p.DeliveredNotInvoicedMinor));
    }

    public bool IsPosted(string reference) =>
        db.ChangeTracker.Entries<CreditPosting>().Any(e => e.State == EntityState.Added && e.Entity.Reference == reference)
        || db.CreditPostings.Any(p => p.Reference == reference);

    /// <summary>Posts one movement unless its reference was posted before; returns whether it was posted now.</summary>
    public bool Post(CreditAccount account, string kind, string reference, Guid? orderId, long openOrdersMinor, long receivablesMinor, long deliveredNotInvoicedMinor)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (IsPosted(reference))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CreditPostings.Add(CreditPosting.Create(Guid.CreateVersion7(), account, kind, reference, orderId, openOrdersMinor, receivablesMinor, deliveredNotInvoicedMinor, scope.Actor.Name, now));
        audit.Append(scope.Actor, AuditAction.LedgerPosted, $"credit-account:{account.Id}", account.OrgPath, new
        {
            caseType = "credit-account",
            account.DealerCode,
            kind,
            reference,
            orderId,
            openOrders = openOrdersMinor / 100m,
            receivables = receivablesMinor / 100m,
            deliveredNotInvoiced = deliveredNotInvoicedMinor / 100m,
        });
        return true;
    }

    /// <summary>An order became an open order (approval pending, released): its value counts (C-01 cat. 100).</summary>
    public void OpenOrder(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var account = Account(order.DealerId);
        if (account is not null)
        {
            Post(account, "order-open", $"order:{order.Id}:open", order.Id, order.TotalMinor, 0, 0);
        }
    }

    /// <summary>An open order was rejected or cancelled: whatever it still holds on open orders is released.</summary>
    public void CloseOrder(Order order, string why)
    {
        ArgumentNullException.ThrowIfNull(order);
        var account = Account(order.DealerId);
        var open = OrderExposure(order.Id).OpenOrdersMinor;
        if (account is not null && open != 0)
        {
            Post(account, "order-close", $"order:{order.Id}:{why}", order.Id, -open, 0, 0);
        }
    }

    /// <summary>Goods issue: the order's value moves from open orders to delivered-not-invoiced (C-01 cat. 400).</summary>
    public void ShipOrder(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var account = Account(order.DealerId);
        var open = OrderExposure(order.Id).OpenOrdersMinor;
        if (account is not null)
        {
            Post(account, "shipment", $"order:{order.Id}:shipped", order.Id, -open, 0, order.TotalMinor);
        }
    }

    /// <summary>
    /// Posts an ERP invoice: open receivables grow (cat. 200); for an order's invoice the delivered-not-invoiced
    /// value falls by as much as the order still has there. Returns false when the invoice was posted before.
    /// </summary>
    public bool PostInvoice(CreditAccount account, string invoiceNumber, Guid? orderId, long amountMinor, DateTime invoiceDate, DateTime dueDate)
    {
        ArgumentNullException.ThrowIfNull(account);
        var reference = $"invoice:{invoiceNumber}";
        if (IsPosted(reference))
        {
            return false;
        }

        var delivered = orderId is { } id ? Math.Min(amountMinor, Math.Max(0, OrderExposure(id).DeliveredNotInvoicedMinor)) : 0;
        db.ReceivableItems.Add(ReceivableItem.Create(Guid.CreateVersion7(), account, invoiceNumber, orderId, amountMinor, invoiceDate, dueDate));
        return Post(account, "invoice", reference, orderId, 0, amountMinor, -delivered);
    }

    /// <summary>A payment or credit note clears open items (the named invoice, else oldest first) and reduces receivables.</summary>
    public async Task<bool> PostClearingAsync(CreditAccount account, string kind, string reference, long amountMinor, string? invoiceNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (amountMinor <= 0)
        {
            throw new BusinessRuleException("invalid-amount", "The amount must be positive.");
        }

        if (IsPosted(reference))
        {
            return false;
        }

        var items = await db.ReceivableItems.Where(r => r.AccountId == account.Id && r.OpenMinor > 0).OrderBy(r => r.DueDate).ThenBy(r => r.InvoiceDate).ToListAsync(cancellationToken);
        items.AddRange(db.ReceivableItems.Local.Where(r => r.AccountId == account.Id && r.OpenMinor > 0 && !items.Contains(r)));
        if (invoiceNumber is not null)
        {
            var named = items.FirstOrDefault(r => r.InvoiceNumber == invoiceNumber)
                ?? throw new BusinessRuleException("unknown-invoice", $"Invoice '{invoiceNumber}' is not an open item of dealer {account.DealerCode}.");
            items.Remove(named);
            items.Insert(0, named);
        }

        var left = amountMinor;
        foreach (var item in items)
        {
            left -= item.Clear(left);
            if (left == 0)
            {
                break;
            }
        }

        return Post(account, kind, reference, null, 0, -amountMinor, 0);
    }

    /// <inheritdoc />
    public async Task PostCreditNoteAsync(Guid dealerId, long amountMinor, string currency, string reference, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(dealerId, cancellationToken)
            ?? throw new BusinessRuleException("no-credit-account", $"Dealer {dealerId} has no credit account.");
        if (!string.Equals(account.Currency, currency, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("currency-mismatch", $"The credit note is in {currency}; the account of {account.DealerCode} is in {account.Currency}.");
        }

        await PostClearingAsync(account, "credit-note", reference, amountMinor, null, cancellationToken);
    }

    /// <summary>The actor whose command posts (for callers outside a workflow step).</summary>
    public void ActAs(Actor actor) => scope.Actor = actor;
}
