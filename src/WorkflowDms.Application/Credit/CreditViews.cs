using WorkflowDms.Domain.Credit;

namespace WorkflowDms.Application.Credit;

public sealed record ExposureView(decimal OpenOrders, decimal Receivables, decimal DeliveredNotInvoiced, decimal Total);

public sealed record OpenItemView(string InvoiceNumber, Guid? OrderId, decimal Amount, decimal Open, DateOnly InvoiceDate, DateOnly DueDate, int DaysOverdue);

public sealed record CreditAccountView(
    Guid Id,
    string DealerCode,
    string Currency,
    decimal Limit,
    decimal BaseLimit,
    decimal? TemporaryLimit,
    DateTime? TemporaryLimitEndsAt,
    DateOnly LimitValidTo,
    string RiskClass,
    bool ManualBlock,
    string? BlockReason,
    DateOnly NextReviewDate,
    int AllowedOverdueDays,
    decimal MaxDocumentValue,
    ExposureView Exposure,
    decimal FreeCredit,
    int OldestItemDaysOverdue,
    IReadOnlyList<OpenItemView> OpenItems);

public sealed record CreditPostingView(string Kind, string Reference, Guid? OrderId, decimal OpenOrders, decimal Receivables, decimal DeliveredNotInvoiced, DateTime PostedAt, string PostedBy);

/// <summary>The answer to an ERP posting: whether it was posted now (false = the reference was posted before) and the account after it.</summary>
public sealed record PostingResult(bool Posted, string Reference, CreditAccountView Account);

public sealed record CreditLimitRequestView(
    Guid Id,
    string Number,
    string DealerCode,
    string Status,
    decimal RequestedLimit,
    decimal PreviousLimit,
    DateTime? EndsAt,
    string Justification,
    string? DecisionReasonCode,
    string? DecisionComment,
    DateTime CreatedAt);

public sealed record InvoiceRequest
{
    public string? DealerCode { get; init; }

    public string? InvoiceNumber { get; init; }

    public Guid? OrderId { get; init; }

    public decimal Amount { get; init; }

    public string? Currency { get; init; }

    public DateOnly? InvoiceDate { get; init; }

    public DateOnly? DueDate { get; init; }
}

public sealed record PaymentRequest
{
    public string? DealerCode { get; init; }

    public string? Reference { get; init; }

    public decimal Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>The invoice paid; oldest open items first when omitted.</summary>
    public string? InvoiceNumber { get; init; }
}

public sealed record CreditBlockRequest
{
    public string? Reason { get; init; }
}

public sealed record CreditLimitRequestBody
{
    public decimal Limit { get; init; }

    /// <summary>End of a temporary limit; permanent when omitted.</summary>
    public DateTime? EndsAt { get; init; }

    public string? Justification { get; init; }
}

public sealed record CreditDecisionBody
{
    public string? ReasonCode { get; init; }

    public string? Comment { get; init; }
}

internal static class CreditViews
{
    public static CreditLimitRequestView ToView(this CreditLimitRequest request) => new(
        request.Id, request.Number, request.DealerCode, request.Status.ToString(), request.RequestedLimitMinor / 100m, request.PreviousLimitMinor / 100m,
        request.EndsAt, request.Justification, request.DecisionReasonCode, request.DecisionComment, request.CreatedAt);
}
