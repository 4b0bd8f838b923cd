namespace WorkflowDms.Application.Recalls;

/// <summary>A recall manager's decision on a held claim: <c>approve</c> (the VIN is remedied) or <c>reject</c> with a reason code.</summary>
public sealed record RecallClaimDecisionRequest
{
    public string? Decision { get; init; }
    public string? ReasonCode { get; init; }
    public string? Comment { get; init; }
}
