namespace WorkflowDms.Application.Returns;

/// <summary>A return request as a dealer's system sends it (POST /returns).</summary>
public sealed record ReturnSubmission
{
    /// <summary><c>surplus-stock</c>, <c>ordered-in-error</c>, <c>wrong-part-delivered</c> or <c>duplicate-delivery</c> (RT-09).</summary>
    public string? Reason { get; init; }
    public string? Comment { get; init; }
    /// <summary>A tier-1 dealer returning for one of its sub-dealers names it here; otherwise the caller.</summary>
    public string? DealerCode { get; init; }
    public IReadOnlyList<ReturnSubmissionLine>? Lines { get; init; }
}

/// <summary>One part to return, with the purchase it was bought on and its condition.</summary>
public sealed record ReturnSubmissionLine
{
    public string? PartNumber { get; init; }
    public int? Quantity { get; init; }
    /// <summary>Original invoice or purchase order number (RT-09).</summary>
    public string? PurchaseReference { get; init; }
    public DateOnly? PurchaseDate { get; init; }
    /// <summary>Net unit price paid in major units (e.g. 120.50), after discounts (RT-12).</summary>
    public decimal? UnitPricePaid { get; init; }
    /// <summary>New and never installed (RT-03).</summary>
    public bool? Unused { get; init; }
    /// <summary>In its original packaging (RT-03); true when left out.</summary>
    public bool? OriginalPackaging { get; init; }
    /// <summary>A special-order, non-stock part (RT-05).</summary>
    public bool? SpecialOrder { get; init; }
}

/// <summary>The dealer's shipment of the goods against the RMA.</summary>
public sealed record ReturnShipment(string? Carrier, string? TrackingNumber);

/// <summary>Why the dealer withdraws the request.</summary>
public sealed record ReturnCancellation(string? Comment);

/// <summary>The accepted quantity per line, recorded before a partial acceptance is decided in the inspection task.</summary>
public sealed record ReturnInspectionSheet(IReadOnlyList<ReturnInspectionLine>? Lines);

public sealed record ReturnInspectionLine(int? LineNumber, int? AcceptedQuantity);
