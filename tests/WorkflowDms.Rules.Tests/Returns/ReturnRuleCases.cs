using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules.Tests.Returns;

/// <summary>
/// For every rule of rules/returns-policy.json: what it must declare, a scenario in which it fires, and a near miss
/// (usually the boundary value) in which it does not.
/// </summary>
internal static class ReturnRuleCases
{
    public sealed record Case(
        RuleOutcome Outcome, string ReasonCode, string Source, Func<ReturnScenario> Fires, Func<ReturnScenario> DoesNotFire);

    private static readonly ReturnScenario Clean = ReturnScenario.Clean;

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["RT-09-no-lines"] = new(RuleOutcome.Reject, "IIS", "RT-09",
            () => Clean.WithRequest(r => r with { LineCount = 0, Lines = [], TotalValue = 0m }),
            () => Clean),
        ["RT-09-reason-missing"] = new(RuleOutcome.Reject, "IIS", "RT-09",
            () => Clean.WithRequest(r => r with { Reason = " " }),
            () => Clean.WithRequest(r => r with { Reason = "ordered-in-error" })),
        ["RT-09-purchase-reference-missing"] = new(RuleOutcome.Reject, "IIS", "RT-09",
            () => Clean.WithLine(l => l with { PurchaseReference = "" }),
            () => Clean.WithLine(l => l with { PurchaseReference = "PO-1" })),
        ["RT-09-purchase-date-in-future"] = new(RuleOutcome.Reject, "A2", "RT-09",
            () => Clean.WithLine(l => l with { DaysSincePurchase = -1 }),
            () => Clean.WithLine(l => l with { DaysSincePurchase = 0 })),
        ["RT-03-part-used"] = new(RuleOutcome.Reject, "UPR", "RT-03",
            () => Clean.WithLine(l => l with { Unused = false }),
            () => Clean.WithLine(l => l with { OriginalPackaging = false })),
        ["RT-03-not-in-original-packaging"] = new(RuleOutcome.Reject, "PKG", "RT-03",
            () => Clean.WithLine(l => l with { OriginalPackaging = false }),
            () => Clean.WithLine(l => l with { Unused = false })),
        ["RT-04-part-not-on-returnable-list"] = new(RuleOutcome.Reject, "NRL", "RT-04",
            () => Clean.WithLine(l => l with { OnReturnableList = false, CataloguePrice = 0m }),
            () => Clean),
        ["RT-05-special-order-ineligible"] = new(RuleOutcome.Reject, "SPO", "RT-05",
            () => Clean.WithLine(l => l with { SpecialOrder = true }),
            () => Clean.WithLine(l => l with { SpecialOrder = true }).WithDealer(d => d with { SpecialOrderReturnsAllowed = true })),
        ["RT-05-special-order-higher-fee"] = new(RuleOutcome.Adjust, "FEE", "RT-05",
            () => Clean.WithLine(l => l with { SpecialOrder = true }).WithDealer(d => d with { SpecialOrderReturnsAllowed = true }),
            () => Clean.WithDealer(d => d with { SpecialOrderReturnsAllowed = true })),
        ["RT-06-restocking-fee"] = new(RuleOutcome.Adjust, "FEE", "RT-06",
            () => Clean,
            () => Clean.WithRequest(r => r with { RestockingFeePercent = 0 })),
        ["RT-08-outside-return-window"] = new(RuleOutcome.Reject, "WIN", "RT-08",
            () => Clean.WithLine(l => l with { DaysSincePurchase = 91 }),
            () => Clean.WithLine(l => l with { DaysSincePurchase = 90 })),
        ["RT-08-over-annual-surplus-quota"] = new(RuleOutcome.Block, "QTA", "RT-08",
            () => Clean.WithDealer(d => d with { ReturnedLast12Months = 59_300.01m }),
            () => Clean.WithDealer(d => d with { ReturnedLast12Months = 59_300.00m })),
        ["RT-08-quota-nearly-used"] = new(RuleOutcome.Alert, "QTA", "RT-08",
            () => Clean.WithDealer(d => d with { ReturnedLast12Months = 47_300.01m }),
            () => Clean.WithDealer(d => d with { ReturnedLast12Months = 47_300.00m })),
        ["RT-08-no-purchase-history"] = new(RuleOutcome.Route, "QTA", "RT-08",
            () => Clean.WithDealer(d => d with { PriorTwelveMonthPurchases = 0m, AnnualSurplusQuota = 0m }),
            () => Clean.WithDealer(d => d with { PriorTwelveMonthPurchases = 0.01m, AnnualSurplusQuota = 700m })),
        ["RT-07-short-term-quota-exceeded"] = new(RuleOutcome.Route, "QTA", "RT-07",
            () => Clean.WithDealer(d => d with { ShortTermQuotaPercent = 1, ReturnedLast120Days = 0.01m, PriorMonthPurchases = 70_000m }),
            () => Clean.WithDealer(d => d with { ShortTermQuotaPercent = 1, ReturnedLast120Days = 0m, PriorMonthPurchases = 70_000m })),
        ["RT-12-price-above-catalogue"] = new(RuleOutcome.Route, "PRC", "RT-12",
            () => Clean.WithLine(l => l with { UnitPricePaid = 350.01m }),
            () => Clean.WithLine(l => l with { UnitPricePaid = 315.00m })),
        ["RT-14-return-rate-above-guideline"] = new(RuleOutcome.Alert, "RTR", "RT-14",
            () => Clean.WithDealer(d => d with { ReturnRatePercent = 5.01m }),
            () => Clean.WithDealer(d => d with { ReturnRatePercent = 5.00m })),
        ["RT-14-return-rate-excessive"] = new(RuleOutcome.Route, "RTR", "RT-14",
            () => Clean.WithDealer(d => d with { ReturnRatePercent = 10.01m }),
            () => Clean.WithDealer(d => d with { ReturnRatePercent = 10.00m })),
    };

    public static TheoryData<string> RuleNames { get; } = new(All.Keys);
}
