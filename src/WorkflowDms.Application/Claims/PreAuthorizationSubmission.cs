namespace WorkflowDms.Application.Claims;

/// <summary>Body of POST /pre-authorizations (and /{id}/resubmit): what the dealer asks to have authorised.</summary>
public sealed record PreAuthorizationSubmission
{
    public string? Vin { get; init; }
    public string? FaultCode { get; init; }
    public string? Description { get; init; }
    public decimal? EstimatedAmount { get; init; }
    public IReadOnlyList<PreAuthorizationLine>? PlannedLines { get; init; }
}

/// <summary>A planned repair line: a labour operation with hours, a part with quantity, or another item with its amount.</summary>
public sealed record PreAuthorizationLine
{
    public string? Type { get; init; }
    public string? OperationCode { get; init; }
    public decimal? Hours { get; init; }
    public string? PartNumber { get; init; }
    public int? Quantity { get; init; }
    public string? Description { get; init; }
    public decimal? Amount { get; init; }
}

/// <summary>
/// Body of POST /pre-authorizations/{id}/decision: <c>approve</c> with <see cref="AuthorizedMaxAmount"/> and
/// <see cref="ValidUntil"/>, or <c>reject</c> / <c>send-back</c> with a reason code.
/// </summary>
public sealed record PreAuthorizationDecision
{
    public string? Decision { get; init; }
    public decimal? AuthorizedMaxAmount { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? ReasonCode { get; init; }
    public string? Comment { get; init; }
}

/// <summary>A pre-authorisation as the API shows it.</summary>
public sealed record PreAuthorizationView(
    Guid Id,
    string Number,
    string Status,
    string DealerCode,
    string Vin,
    string FaultCode,
    string Description,
    decimal EstimatedAmount,
    string Currency,
    decimal? AuthorizedMaxAmount,
    DateTime? ValidFrom,
    DateTime? ValidUntil,
    string? DecisionReasonCode,
    string? DecisionComment,
    int SubmissionCount,
    DateTime RequestedAt,
    DateTime UpdatedAt,
    IReadOnlyList<PreAuthorizationLine> PlannedLines);
