using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Credit;

/// <summary>Computes the <c>credit-policy</c> facts for an order: account master data, exposure and payment behaviour.</summary>
internal static class CreditFactsBuilder
{
    public static CreditFacts Build(WorkflowDmsDbContext db, CreditLedger ledger, Order order, DateTime now)
    {
        var account = ledger.Account(order.DealerId);
        if (account is null)
        {
            return new CreditFacts { HasAccount = false, DocumentValue = order.TotalMinor / 100m };
        }

        // The order itself is not yet on the exposure while it is checked (C-02: a blocked order holds nothing).
        var exposure = ledger.Exposure(account.Id);
        var ownOpen = ledger.OrderExposure(order.Id).OpenOrdersMinor;
        var items = db.ReceivableItems.Where(r => r.AccountId == account.Id && r.OpenMinor > 0).Select(r => new { r.OpenMinor, r.DueDate }).ToList();
        var today = now.Date;
        var oldestOverdue = items.Where(i => i.DueDate < today).Select(i => (today - i.DueDate).Days).DefaultIfEmpty(0).Max();
        var open = items.Sum(i => i.OpenMinor);
        var over45 = items.Where(i => (today - i.DueDate).Days > 45).Sum(i => i.OpenMinor);
        var pendingRequest = db.CreditLimitRequests.Any(r => r.AccountId == account.Id && r.Status == CreditLimitRequestStatus.Submitted);
        var invoiced = db.ReceivableItems.Any(r => r.AccountId == account.Id);
        return new CreditFacts
        {
            HasAccount = true,
            EffectiveLimit = account.EffectiveLimitMinor(now) / 100m,
            LimitExpired = today > account.LimitValidTo,
            Exposure = (exposure.TotalMinor - ownOpen) / 100m,
            DocumentValue = order.TotalMinor / 100m,
            ManuallyBlocked = account.ManualBlock,
            ReviewOverdue = account.ReviewOverdue(now),
            OldestItemDaysOverdue = oldestOverdue,
            AllowedOverdueDays = account.AllowedOverdueDays,
            OverdueShareOver45DaysPercent = open == 0 ? 0 : Math.Round(over45 * 100m / open, 2),
            RiskClass = account.RiskClass,
            MaxDocumentValue = account.MaxDocumentValueMinor / 100m,
            CurrencyMismatch = !string.Equals(account.Currency, order.Currency, StringComparison.Ordinal),
            TemporaryLimitExpired = account.TemporaryLimitMinor is not null && account.TemporaryLimitEndsAt is { } ends && now >= ends,
            LimitRequestPending = pendingRequest,
            NewCustomer = !invoiced,
        };
    }
}
