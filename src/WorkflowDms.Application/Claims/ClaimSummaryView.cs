namespace WorkflowDms.Application.Claims;

/// <summary>A claim in a list.</summary>
public sealed record ClaimSummaryView(
    Guid Id, string Number, string Status, string DealerCode, string DealerClaimNumber, string Vin,
    decimal TotalAmount, string Currency, DateTime SubmittedAt, DateTime UpdatedAt);
