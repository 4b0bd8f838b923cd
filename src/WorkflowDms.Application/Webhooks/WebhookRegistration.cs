namespace WorkflowDms.Application.Webhooks;

/// <summary>A dealer's webhook: where to POST, and optionally which case types (e.g. <c>claim</c>, <c>order</c>) only.</summary>
public sealed record WebhookRegistration(string? Url, IReadOnlyList<string>? CaseTypes);
