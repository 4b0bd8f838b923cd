namespace WorkflowDms.Application.Webhooks;

/// <summary>One signed POST: the body exactly as signed, and the headers (see docs/integration.md).</summary>
public sealed record WebhookMessage(Uri Url, string Body, IReadOnlyDictionary<string, string> Headers);
