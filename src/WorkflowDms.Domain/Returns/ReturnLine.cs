using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Returns;

/// <summary>One returned part with the purchase it is credited against; amounts in minor units of the return's currency.</summary>
public class ReturnLine
{
    public const int MaxQuantity = 10_000;

    private ReturnLine()
    {
        PartNumber = "";
        PurchaseReference = "";
    }

    public Guid Id { get; private set; }

    public Guid ReturnId { get; private set; }

    /// <summary>1-based, unique within the return.</summary>
    public int LineNumber { get; private set; }

    public string PartNumber { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>The original invoice or purchase order the part was bought on (RT-09, RT-11).</summary>
    public string PurchaseReference { get; private set; }

    /// <summary>UTC midnight of the purchase day.</summary>
    public DateTime PurchaseDate { get; private set; }

    /// <summary>Net price the dealer paid per unit, after discounts (RT-12): the credit is based on it.</summary>
    public long UnitPricePaidMinor { get; private set; }

    public bool Unused { get; private set; }

    public bool OriginalPackaging { get; private set; }

    public bool SpecialOrder { get; private set; }

    public long AmountMinor { get; private set; }

    /// <summary>Set by the inspection; null until then.</summary>
    public int? AcceptedQuantity { get; private set; }

    public long AcceptedAmountMinor => checked((AcceptedQuantity ?? 0) * UnitPricePaidMinor);

    internal static ReturnLine Create(Guid returnId, int lineNumber, ReturnLineDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.PartNumber) || draft.Quantity is < 1 or > MaxQuantity || draft.UnitPricePaidMinor < 0)
        {
            throw new BusinessRuleException("invalid-return-line", $"Line {lineNumber} needs a part number, a quantity of 1 to {MaxQuantity} and a price of 0 or more.");
        }

        return new ReturnLine
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now.Ticks, TimeSpan.Zero)),
            ReturnId = returnId,
            LineNumber = lineNumber,
            PartNumber = draft.PartNumber.Trim(),
            Quantity = draft.Quantity,
            PurchaseReference = draft.PurchaseReference.Trim(),
            PurchaseDate = DateTime.SpecifyKind(draft.PurchaseDate.Date, DateTimeKind.Utc),
            UnitPricePaidMinor = draft.UnitPricePaidMinor,
            Unused = draft.Condition.Unused,
            OriginalPackaging = draft.Condition.OriginalPackaging,
            SpecialOrder = draft.Condition.SpecialOrder,
            AmountMinor = checked(draft.Quantity * draft.UnitPricePaidMinor),
        };
    }

    internal void Accept(int quantity)
    {
        if (quantity < 0 || quantity > Quantity)
        {
            throw new BusinessRuleException("invalid-accepted-quantity", $"Line {LineNumber}: the accepted quantity must be 0 to {Quantity}.");
        }

        AcceptedQuantity = quantity;
    }
}
