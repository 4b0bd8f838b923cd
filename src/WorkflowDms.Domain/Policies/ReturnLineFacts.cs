namespace WorkflowDms.Domain.Policies;

/// <summary>One requested line as the returns-policy rules see it; money in major units.</summary>
public sealed record ReturnLineFacts
{
    public int LineNumber { get; init; }
    public string PartNumber { get; init; } = "";
    public int Quantity { get; init; }
    public decimal UnitPricePaid { get; init; }
    public decimal Amount { get; init; }
    /// <summary>Original invoice or purchase order (RT-09).</summary>
    public string PurchaseReference { get; init; } = "";
    /// <summary>Days from the purchase to the request; negative for a purchase date in the future.</summary>
    public int DaysSincePurchase { get; init; }
    public bool Unused { get; init; } = true;
    public bool OriginalPackaging { get; init; } = true;
    public bool SpecialOrder { get; init; }
    /// <summary>The part is in the current parts catalogue, which is the returnable list (RT-04).</summary>
    public bool OnReturnableList { get; init; } = true;
    /// <summary>Current catalogue price; 0 when the part is not in the catalogue.</summary>
    public decimal CataloguePrice { get; init; }
}
