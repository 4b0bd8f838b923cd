namespace WorkflowDms.Application.Webhooks;

/// <summary>The new webhook and its signing secret, shown this once.</summary>
public sealed record RegisteredWebhookView(WebhookView Webhook, string Secret);
