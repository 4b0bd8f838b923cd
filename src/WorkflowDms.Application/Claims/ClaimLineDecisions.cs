namespace WorkflowDms.Application.Claims;

/// <summary>Body of POST /claims/{id}/line-decisions: the reviewer's decision per claim line (W-51).</summary>
public sealed record ClaimLineDecisions
{
    public IReadOnlyList<ClaimLineDecisionInput>? Lines { get; init; }
}

/// <summary>
/// One line's decision: <c>approve</c> (in full), <c>adjust</c> (to <see cref="ApprovedAmount"/>, with a
/// reason code) or <c>reject</c> (with a reason code).
/// </summary>
public sealed record ClaimLineDecisionInput
{
    public int? LineNumber { get; init; }
    public string? Decision { get; init; }
    public decimal? ApprovedAmount { get; init; }
    public string? ReasonCode { get; init; }
}
