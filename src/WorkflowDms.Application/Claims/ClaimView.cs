using WorkflowDms.Application.Policies;

namespace WorkflowDms.Application.Claims;

/// <summary>A claim as the API shows it. Amounts in major units with the claim's currency.</summary>
public sealed record ClaimView(
    Guid Id,
    string Number,
    string Status,
    string DealerCode,
    string DealerClaimNumber,
    string Vin,
    string RepairOrderNumber,
    DateOnly RepairDate,
    int MileageKm,
    string? FaultCode,
    string? CausalPartNumber,
    int SubmissionCount,
    decimal TotalAmount,
    decimal? ApprovedAmount,
    string Currency,
    bool PartsReturnRequired,
    DateTime SubmittedAt,
    DateTime UpdatedAt,
    string? DecisionReasonCode,
    string? DecisionComment,
    RuleResultView? RuleResults,
    IReadOnlyList<ClaimLineView> Lines,
    string ClaimType,
    int? MaintenanceSequence,
    string? PreAuthorizationNumber,
    int AppealCount,
    string? AppealReason,
    Guid? PaymentBatchId);
