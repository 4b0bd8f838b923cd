namespace WorkflowDms.Application.Settlement;

/// <summary>Body of POST /settlement/batches: settle everything approved for payment up to the end of <see cref="Period"/> (yyyy-MM).</summary>
public sealed record SettlementRequest(string? Period);

/// <summary>A dealer's payment batch and the credit note posted for it.</summary>
public sealed record PaymentBatchView(
    Guid Id,
    string Number,
    string DealerCode,
    string Period,
    int ClaimCount,
    decimal TotalAmount,
    string Currency,
    string CreditNoteReference,
    DateTime CreatedAt,
    string CreatedBy,
    IReadOnlyList<string>? ClaimNumbers);
