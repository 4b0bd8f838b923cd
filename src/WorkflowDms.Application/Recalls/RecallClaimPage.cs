namespace WorkflowDms.Application.Recalls;

public sealed record RecallClaimPage(IReadOnlyList<RecallClaimView> Items, string? Next);
