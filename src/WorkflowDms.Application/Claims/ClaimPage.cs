namespace WorkflowDms.Application.Claims;

/// <summary>A page of claims; pass <see cref="NextCursor"/> as <c>after</c> for the next page.</summary>
public sealed record ClaimPage(IReadOnlyList<ClaimSummaryView> Items, string? NextCursor);
