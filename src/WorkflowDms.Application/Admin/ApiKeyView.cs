namespace WorkflowDms.Application.Admin;

/// <summary>A dealer API key's metadata; the key itself is never shown again after it was issued.</summary>
public sealed record ApiKeyView(Guid Id, Guid DealerId, string Label, DateTime CreatedAt, DateTime? RevokedAt, bool Active);
