using WorkflowDms.Domain.Policies;

namespace WorkflowDms.Rules.Tests.Returns;

/// <summary>
/// The two facts the returns-policy rule set sees. <see cref="Clean"/> is D1001 returning two surplus brake
/// discs bought 30 days ago, well within its quota; only the restocking-fee rule fires. Each test changes one thing.
/// </summary>
internal sealed record ReturnScenario(ReturnRequestFacts Request, ReturnDealerFacts Dealer)
{
    /// <summary>D1001: 600,000.00 purchases in 12 months, 10 % quota = 60,000.00, 90-day window, no special orders.</summary>
    public static ReturnDealerFacts D1001 { get; } = new()
    {
        Code = "D1001",
        PriorTwelveMonthPurchases = 600_000.00m,
        PriorMonthPurchases = 50_000.00m,
        AnnualSurplusQuota = 60_000.00m,
        ReturnWindowDays = 90,
    };

    /// <summary>PN-5101 brake disc, catalogue 350.00, paid 350.00, unused, in its packaging, bought 30 days ago.</summary>
    public static ReturnLineFacts BrakeDisc(int quantity = 2) => new()
    {
        LineNumber = 1,
        PartNumber = "PN-5101",
        Quantity = quantity,
        UnitPricePaid = 350.00m,
        Amount = quantity * 350.00m,
        PurchaseReference = "INV-2026-0815",
        DaysSincePurchase = 30,
        OnReturnableList = true,
        CataloguePrice = 350.00m,
    };

    public static ReturnScenario Clean { get; } = new(RequestWith(BrakeDisc()), D1001);

    public static ReturnRequestFacts RequestWith(params ReturnLineFacts[] lines) => new()
    {
        Number = "RT-261123-0000000001",
        Reason = "surplus-stock",
        TotalValue = lines.Sum(l => l.Amount),
        RestockingFeePercent = 15,
        LineCount = lines.Length,
        Lines = lines,
    };

    /// <summary>Changes the (single) line of the clean request, keeping the totals in step.</summary>
    public ReturnScenario WithLine(Func<ReturnLineFacts, ReturnLineFacts> change) =>
        this with { Request = RequestWith(change(Request.Lines[0])) with { RestockingFeePercent = Request.RestockingFeePercent } };

    public ReturnScenario WithRequest(Func<ReturnRequestFacts, ReturnRequestFacts> change) => this with { Request = change(Request) };

    public ReturnScenario WithDealer(Func<ReturnDealerFacts, ReturnDealerFacts> change) => this with { Dealer = change(Dealer) };

    public IReadOnlyDictionary<string, object?> Input => new Dictionary<string, object?>
    {
        ["request"] = Request,
        ["dealer"] = Dealer,
    };
}
