namespace WorkflowDms.Application.Webhooks;

/// <summary>A registered webhook (never its secret, which is shown only at registration).</summary>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> CaseTypes, bool Active, DateTime CreatedAt);
