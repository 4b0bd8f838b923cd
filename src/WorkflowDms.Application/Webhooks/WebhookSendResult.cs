namespace WorkflowDms.Application.Webhooks;

/// <summary>What the receiver answered: a status code (when it answered at all) or the transport error.</summary>
public sealed record WebhookSendResult(int? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
