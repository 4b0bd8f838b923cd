using WorkflowDms.Domain.Policies;
using WorkflowDms.Domain.Returns;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns;

/// <summary>
/// Computes everything the returns-policy rules compare, so that a rule never queries: days since purchase,
/// catalogue membership and price, the dealer's quota and its returns of the last 12 months and 120 days.
/// </summary>
internal static class ReturnFactsBuilder
{
    private static readonly ReturnStatus[] Credited = [ReturnStatus.CreditNoteIssued, ReturnStatus.Closed];

    public static IReadOnlyDictionary<string, object?> Build(WorkflowDmsDbContext db, ReturnRequest request)
    {
        var terms = TermsOf(db, request.DealerId, request.RequestedAt);
        var partNumbers = request.Lines.Select(l => l.PartNumber).Distinct().ToList();
        var catalogue = db.Parts.Where(p => partNumbers.Contains(p.PartNumber)).ToDictionary(p => p.PartNumber, p => p.PriceMinor, StringComparer.Ordinal);

        var yearAgo = request.RequestedAt.AddDays(-365);
        var earlier = db.ReturnRequests
            .Where(r => r.DealerId == request.DealerId && r.Id != request.Id && r.RequestedAt > yearAgo
                && r.Status != ReturnStatus.Rejected && r.Status != ReturnStatus.Cancelled && r.Status != ReturnStatus.RmaExpired)
            .Select(r => new { r.RequestedAt, r.Status, r.TotalMinor, r.AcceptedMinor })
            .ToList();

        var last12 = earlier.Sum(r => Counted(r.Status, r.TotalMinor, r.AcceptedMinor));
        var last120 = earlier.Where(r => r.RequestedAt > request.RequestedAt.AddDays(-120)).Sum(r => Counted(r.Status, r.TotalMinor, r.AcceptedMinor));
        var credited = earlier.Where(r => Credited.Contains(r.Status)).Sum(r => r.AcceptedMinor ?? 0);
        var purchases = terms.PriorTwelveMonthPurchasesMinor;

        var dealer = new ReturnDealerFacts
        {
            Code = request.DealerCode,
            PriorTwelveMonthPurchases = ReturnViews.Money(purchases),
            PriorMonthPurchases = ReturnViews.Money(terms.PriorMonthPurchasesMinor),
            AnnualSurplusQuota = ReturnViews.Money(purchases * terms.AnnualQuotaPercent / 100),
            ReturnedLast12Months = ReturnViews.Money(last12),
            ReturnedLast120Days = ReturnViews.Money(last120),
            ShortTermQuotaPercent = terms.ShortTermQuotaPercent,
            ReturnRatePercent = purchases > 0 ? decimal.Round(credited * 100m / purchases, 2) : 0m,
            ReturnWindowDays = terms.ReturnWindowDays,
            SpecialOrderReturnsAllowed = terms.SpecialOrderReturnsAllowed,
        };

        var facts = new ReturnRequestFacts
        {
            Number = request.Number,
            Reason = request.Reason,
            TotalValue = ReturnViews.Money(request.TotalMinor),
            RestockingFeePercent = request.RestockingFeePercent,
            LineCount = request.Lines.Count,
            Lines = request.Lines.OrderBy(l => l.LineNumber).Select(l => new ReturnLineFacts
            {
                LineNumber = l.LineNumber,
                PartNumber = l.PartNumber,
                Quantity = l.Quantity,
                UnitPricePaid = ReturnViews.Money(l.UnitPricePaidMinor),
                Amount = ReturnViews.Money(l.AmountMinor),
                PurchaseReference = l.PurchaseReference,
                DaysSincePurchase = (request.RequestedAt.Date - l.PurchaseDate.Date).Days,
                Unused = l.Unused,
                OriginalPackaging = l.OriginalPackaging,
                SpecialOrder = l.SpecialOrder,
                OnReturnableList = catalogue.ContainsKey(l.PartNumber),
                CataloguePrice = catalogue.TryGetValue(l.PartNumber, out var price) ? ReturnViews.Money(price) : 0m,
            }).ToList(),
        };

        return new Dictionary<string, object?> { ["request"] = facts, ["dealer"] = dealer };
    }

    /// <summary>Once credited, a return counts with what was accepted; before, with everything requested.</summary>
    private static long Counted(ReturnStatus status, long total, long? accepted) => Credited.Contains(status) ? accepted ?? 0 : total;

    /// <summary>The dealer's programme, or the standard one without a purchase history.</summary>
    public static DealerReturnTerms TermsOf(WorkflowDmsDbContext db, Guid dealerId, DateTime now) =>
        db.DealerReturnTerms.Local.FirstOrDefault(t => t.DealerId == dealerId)
        ?? db.DealerReturnTerms.FirstOrDefault(t => t.DealerId == dealerId)
        ?? DealerReturnTerms.Default(dealerId, now);
}
