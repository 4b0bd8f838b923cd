namespace WorkflowDms.Domain.Orders;

/// <summary>One ordered item: a vehicle model or a part number, priced from the catalogue.</summary>
public class OrderLine
{
    private OrderLine()
    {
        ItemCode = "";
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemCode { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>List price valid on the order date; null when none is (the order is held, O-13).</summary>
    public long? UnitPriceMinor { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public int MinOrderQuantity { get; private set; }

    public decimal MaxDiscountPercent { get; private set; }

    /// <summary>Quantity × unit price less the discount, rounded to the minor unit; 0 without a valid price.</summary>
    public long AmountMinor { get; private set; }

    internal static OrderLine Create(Guid orderId, int lineNumber, OrderLineDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.ItemCode) || draft.Quantity < 1 || draft.DiscountPercent is < 0 or > 100)
        {
            throw new Errors.BusinessRuleException("invalid-order-line", $"Line {lineNumber}: an item code, a quantity of at least 1 and a discount of 0–100 % are required.");
        }

        var gross = draft.UnitPriceMinor is { } price ? checked(price * draft.Quantity) : 0;
        return new OrderLine
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            LineNumber = lineNumber,
            ItemCode = draft.ItemCode.Trim(),
            Quantity = draft.Quantity,
            UnitPriceMinor = draft.UnitPriceMinor,
            DiscountPercent = draft.DiscountPercent,
            MinOrderQuantity = Math.Max(1, draft.MinOrderQuantity),
            MaxDiscountPercent = draft.MaxDiscountPercent,
            AmountMinor = gross - (long)Math.Round(gross * draft.DiscountPercent / 100m, MidpointRounding.AwayFromZero),
        };
    }
}
