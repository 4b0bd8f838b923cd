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
    /// <summary>The smallest delegation-of-authority limit for this order type (first DoA level); above it the order goes to a higher signer (O-15). 0 without a matrix.</summary>
    public decimal LowestApprovalLimit { get; init; }
    /// <summary>The largest DoA limit the submitter holds for this order type over the order's org node (group member at the row's org level); 0 when the submitter is no approver (O-16).</summary>
    public decimal SubmitterApprovalLimit { get; init; }
    /// <summary>The submitter is a known user whose org scope does not contain the order's org node (O-21).</summary>
    public bool SubmitterOutsideScope { get; init; }
    /// <summary>The dealer's credit account's largest single order for its risk class; 0 = no cap or no account (O-18).</summary>
    public decimal MaxDocumentValue { get; init; }
    /// <summary>Population standard deviation of the order values behind <see cref="TrailingAverageAmount"/> (0 without history) (O-19).</summary>
    public decimal TrailingStdDevAmount { get; init; }
    /// <summary>Population standard deviation of the order quantities behind <see cref="TrailingAverageQuantity"/> (O-19).</summary>
    public decimal TrailingStdDevQuantity { get; init; }
}
