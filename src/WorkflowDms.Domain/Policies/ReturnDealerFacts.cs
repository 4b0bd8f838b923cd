namespace WorkflowDms.Domain.Policies;

/// <summary>What the returns-policy rules see of the returning dealer and its programme (parameter <c>dealer</c>); money in major units.</summary>
public sealed record ReturnDealerFacts
{
    public string Code { get; init; } = "";
    public decimal PriorTwelveMonthPurchases { get; init; }
    public decimal PriorMonthPurchases { get; init; }
    /// <summary>Prior 12 months' purchases × annual quota percent (RT-08).</summary>
    public decimal AnnualSurplusQuota { get; init; }
    /// <summary>Value of the dealer's other returns requested in the last 365 days and not rejected, cancelled or expired.</summary>
    public decimal ReturnedLast12Months { get; init; }
    /// <summary>The same, over the last 120 days (RT-07).</summary>
    public decimal ReturnedLast120Days { get; init; }
    /// <summary>RT-07's quota in percent of the prior month's purchases; 0 = the dealer has no such programme.</summary>
    public int ShortTermQuotaPercent { get; init; }
    /// <summary>Credited returns of the last 365 days in percent of the prior 12 months' purchases (RT-14); 0 without purchases.</summary>
    public decimal ReturnRatePercent { get; init; }
    public int ReturnWindowDays { get; init; } = 90;
    public bool SpecialOrderReturnsAllowed { get; init; }
}
