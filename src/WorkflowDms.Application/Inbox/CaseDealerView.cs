namespace WorkflowDms.Application.Inbox;

/// <summary>The dealer a case belongs to.</summary>
public sealed record CaseDealerView(string Code, string? Name);
