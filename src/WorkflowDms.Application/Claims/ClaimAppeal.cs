namespace WorkflowDms.Application.Claims;

/// <summary>Body of POST /claims/{id}/appeal (W-60): why the dealer disputes the rejection.</summary>
public sealed record ClaimAppeal(string? Reason);
