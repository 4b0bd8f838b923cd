namespace WorkflowDms.Reliability.Tests.CrashLoop;

/// <summary>A claim the host answered 201 for: the dealer's system considers it submitted.</summary>
internal sealed record Acknowledged(string Key, string ClaimId, string DealerClaimNumber, bool NeedsReview);
