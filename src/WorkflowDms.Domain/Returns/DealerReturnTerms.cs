using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Returns;

/// <summary>
/// A dealer's parts-return programme, held as data: the purchase volumes the quotas are measured against
/// and the policy parameters (return window, quotas, restocking fees). Purchases are kept here as figures
/// (fed by the ERP) rather than summed from orders.
/// </summary>
public class DealerReturnTerms
{
    private DealerReturnTerms()
    {
    }

    public Guid DealerId { get; private set; }

    /// <summary>Parts purchases of the prior 12 months, minor units (RT-08 base).</summary>
    public long PriorTwelveMonthPurchasesMinor { get; private set; }

    /// <summary>Parts purchases of the prior month, minor units (RT-07 base).</summary>
    public long PriorMonthPurchasesMinor { get; private set; }

    /// <summary>Days after purchase within which a part may be returned (RT-08: at least 90).</summary>
    public int ReturnWindowDays { get; private set; }

    /// <summary>Annual surplus-return quota in percent of the prior 12 months' purchases (RT-08: 10).</summary>
    public int AnnualQuotaPercent { get; private set; }

    /// <summary>120-day quota in percent of the prior month's purchases (RT-07, MOPAR 1); 0 = no such programme.</summary>
    public int ShortTermQuotaPercent { get; private set; }

    /// <summary>Standard restocking fee in percent (RT-06, e.g. 15).</summary>
    public int RestockingFeePercent { get; private set; }

    /// <summary>Whether special-order parts may come back at all (RT-05).</summary>
    public bool SpecialOrderReturnsAllowed { get; private set; }

    /// <summary>Restocking fee for special-order parts when they may come back (RT-05: 20–35 %).</summary>
    public int SpecialOrderFeePercent { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The programme a dealer without terms of its own gets: no purchase history, standard policy.</summary>
    public static DealerReturnTerms Default(Guid dealerId, DateTime now) => Create(dealerId, 0, 0, now);

    public static DealerReturnTerms Create(Guid dealerId, long priorTwelveMonthPurchasesMinor, long priorMonthPurchasesMinor, DateTime now)
    {
        var terms = new DealerReturnTerms { DealerId = dealerId };
        terms.Change(priorTwelveMonthPurchasesMinor, priorMonthPurchasesMinor, 90, 10, 0, 15, false, 25, now);
        return terms;
    }

    public void Change(
        long priorTwelveMonthPurchasesMinor,
        long priorMonthPurchasesMinor,
        int returnWindowDays,
        int annualQuotaPercent,
        int shortTermQuotaPercent,
        int restockingFeePercent,
        bool specialOrderReturnsAllowed,
        int specialOrderFeePercent,
        DateTime now)
    {
        if (priorTwelveMonthPurchasesMinor < 0 || priorMonthPurchasesMinor < 0 || returnWindowDays is < 1 or > 3650
            || annualQuotaPercent is < 0 or > 100 || shortTermQuotaPercent is < 0 or > 100
            || restockingFeePercent is < 0 or > 100 || specialOrderFeePercent is < 0 or > 100)
        {
            throw new BusinessRuleException("invalid-return-terms", "Purchases are 0 or more, the window 1 to 3650 days and every percentage 0 to 100.");
        }

        PriorTwelveMonthPurchasesMinor = priorTwelveMonthPurchasesMinor;
        PriorMonthPurchasesMinor = priorMonthPurchasesMinor;
        ReturnWindowDays = returnWindowDays;
        AnnualQuotaPercent = annualQuotaPercent;
        ShortTermQuotaPercent = shortTermQuotaPercent;
        RestockingFeePercent = restockingFeePercent;
        SpecialOrderReturnsAllowed = specialOrderReturnsAllowed;
        SpecialOrderFeePercent = specialOrderFeePercent;
        UpdatedAt = now;
    }
}
