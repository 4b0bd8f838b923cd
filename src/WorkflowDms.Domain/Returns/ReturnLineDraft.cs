namespace WorkflowDms.Domain.Returns;

/// <summary>A line as the dealer requests it: the part, the quantity and the purchase it came from.</summary>
public sealed record ReturnLineDraft(
    string PartNumber,
    int Quantity,
    string PurchaseReference,
    DateTime PurchaseDate,
    long UnitPricePaidMinor,
    ReturnCondition Condition);
