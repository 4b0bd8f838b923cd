namespace WorkflowDms.Application.Webhooks;

/// <summary>A webhook URL or the address its host resolves to is not allowed (SSRF guard); the message says why.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
