namespace WorkflowDms.Domain.Policies;

/// <summary>What the <c>order-policy</c> rules see of an order (parameter <c>order</c>); money in major units.</summary>
public sealed record OrderFacts
{
    /// <summary>"vehicle" or "parts".</summary>
    public string OrderType { get; init; } = "parts";
    public decimal TotalAmount { get; init; }
    public int TotalQuantity { get; init; }
    public int LineCount { get; init; }
    /// <summary>Lines without a catalogue price valid on the order date (O-13).</summary>
    public int LinesWithoutValidPrice { get; init; }
    /// <summary>Parts lines below the catalogue's minimum order quantity.</summary>
    public int LinesBelowMinimumQuantity { get; init; }
    /// <summary>Lines asking for more discount than the catalogue allows.</summary>
    public int LinesAboveDiscountLimit { get; init; }
    /// <summary>Vehicle lines whose quantity exceeds the dealer's remaining allocation for the model in the period (O-01).</summary>
    public int LinesWithoutAllocation { get; init; }
    /// <summary>Vehicle lines for models without any allocation quota in the period.</summary>
    public int LinesWithoutQuota { get; init; }
    /// <summary>Trailing average order value of this dealer and order type over the last 90 days (0 without history).</summary>
    public decimal TrailingAverageAmount { get; init; }
    /// <summary>Trailing average order quantity (0 without history).</summary>
    public decimal TrailingAverageQuantity { get; init; }
    /// <summary>How many earlier orders the trailing averages are built from.</summary>
    public int HistoryOrderCount { get; init; }
    /// <summary>The dealer is active.</summary>
    public bool DealerActive { get; init; } = true;
    /// <summary>The largest delegation-of-authority limit for this order type; above it nobody may approve (O-15).</summary>
    public decimal HighestApprovalLimit { get; init; }
}
