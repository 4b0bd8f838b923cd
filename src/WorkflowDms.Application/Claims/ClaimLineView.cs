namespace WorkflowDms.Application.Claims;

/// <summary>One claim line with its catalogue pricing and its disposition.</summary>
public sealed record ClaimLineView(
    int LineNumber,
    string Type,
    string? OperationCode,
    decimal? Hours,
    string? PartNumber,
    int? Quantity,
    string? Description,
    string? Comment,
    decimal UnitPrice,
    decimal Amount,
    string Disposition,
    decimal? ApprovedAmount,
    string? ReasonCode);
