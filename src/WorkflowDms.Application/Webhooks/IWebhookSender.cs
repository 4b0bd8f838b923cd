namespace WorkflowDms.Application.Webhooks;

/// <summary>Sends one webhook message. The HTTP implementation is the default; tests may deliver in process.</summary>
public interface IWebhookSender
{
    Task<WebhookSendResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken);
}
