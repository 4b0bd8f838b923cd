using WorkflowDms.Application.Policies;

namespace WorkflowDms.Application.Returns;

/// <summary>A return as the API shows it. Amounts in major units with the return's currency.</summary>
public sealed record ReturnView(
    Guid Id,
    string Number,
    string Status,
    string DealerCode,
    string Reason,
    string? Comment,
    decimal TotalAmount,
    string Currency,
    int RestockingFeePercent,
    DateTime RequestedAt,
    DateTime UpdatedAt,
    string? RmaNumber,
    DateTime? RmaExpiresAt,
    string? ReturnOrderNumber,
    bool BillingBlocked,
    string? Carrier,
    string? TrackingNumber,
    DateTime? ShippedAt,
    DateTime? ReceivedAt,
    string? StockLocation,
    string? InspectionResult,
    decimal? AcceptedAmount,
    decimal? RestockingFee,
    decimal? CreditAmount,
    string? CreditNoteNumber,
    string? DecisionReasonCode,
    string? DecisionComment,
    RuleResultView? RuleResults,
    IReadOnlyList<ReturnLineView> Lines);

public sealed record ReturnLineView(
    int LineNumber,
    string PartNumber,
    int Quantity,
    string PurchaseReference,
    DateOnly PurchaseDate,
    decimal UnitPricePaid,
    decimal Amount,
    bool Unused,
    bool OriginalPackaging,
    bool SpecialOrder,
    int? AcceptedQuantity);

public sealed record ReturnSummaryView(
    Guid Id, string Number, string Status, string DealerCode, string Reason, decimal TotalAmount, string Currency, decimal? CreditAmount, DateTime RequestedAt, DateTime UpdatedAt);

public sealed record ReturnPage(IReadOnlyList<ReturnSummaryView> Items, string? Next);
