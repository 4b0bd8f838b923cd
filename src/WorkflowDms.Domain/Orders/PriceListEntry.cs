using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Orders;

/// <summary>
/// A catalogue price for a vehicle model or part number, valid from <see cref="EffectiveFrom"/> to
/// <see cref="EffectiveTo"/> inclusive (STAR <c>Price.effective_period</c>; O-13).
/// </summary>
public class PriceListEntry
{
    private PriceListEntry()
    {
        ItemCode = "";
        Description = "";
        Currency = "";
    }

    public Guid Id { get; private set; }

    public OrderType OrderType { get; private set; }

    public string ItemCode { get; private set; }

    public string Description { get; private set; }

    public long UnitPriceMinor { get; private set; }

    public string Currency { get; private set; }

    public DateTime EffectiveFrom { get; private set; }

    /// <summary>Last valid day, or null when open-ended.</summary>
    public DateTime? EffectiveTo { get; private set; }

    /// <summary>Smallest quantity a parts line may order (pack size); 1 for vehicles.</summary>
    public int MinOrderQuantity { get; private set; }

    /// <summary>The largest discount a dealer may ask for on this item, in percent.</summary>
    public decimal MaxDiscountPercent { get; private set; }

    public static PriceListEntry Create(Guid id, OrderType type, string itemCode, string description, long unitPriceMinor, string currency, DateTime effectiveFrom, DateTime? effectiveTo, int minOrderQuantity, decimal maxDiscountPercent)
    {
        if (string.IsNullOrWhiteSpace(itemCode) || unitPriceMinor < 0 || minOrderQuantity < 1 || maxDiscountPercent is < 0 or > 100 || currency is not { Length: 3 })
        {
            throw new BusinessRuleException("invalid-price", "A price needs an item code, a price of 0 or more, a minimum quantity of at least 1, a discount limit of 0–100 % and an ISO currency.");
        }

        if (effectiveTo is not null && effectiveTo.Value.Date < effectiveFrom.Date)
        {
            throw new BusinessRuleException("invalid-price", "effectiveTo must not be before effectiveFrom.");
        }

        return new PriceListEntry
        {
            Id = id,
            OrderType = type,
            ItemCode = itemCode.Trim(),
            Description = description,
            UnitPriceMinor = unitPriceMinor,
            Currency = currency,
            EffectiveFrom = DateTime.SpecifyKind(effectiveFrom.Date, DateTimeKind.Utc),
            EffectiveTo = effectiveTo is null ? null : DateTime.SpecifyKind(effectiveTo.Value.Date, DateTimeKind.Utc),
            MinOrderQuantity = minOrderQuantity,
            MaxDiscountPercent = maxDiscountPercent,
        };
    }

    public bool IsValidOn(DateTime day) => EffectiveFrom <= day.Date && (EffectiveTo is null || day.Date <= EffectiveTo.Value);
}
