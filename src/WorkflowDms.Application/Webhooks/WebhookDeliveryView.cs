namespace WorkflowDms.Application.Webhooks;

/// <summary>One event sent (or being sent) to a webhook, with the outcome of its last attempt.</summary>
public sealed record WebhookDeliveryView(
    Guid Id, Guid EventId, string CaseType, string CaseNumber, string EventType, string State, int Attempts,
    int? LastStatusCode, string? LastError, DateTime CreatedAt, DateTime? LastAttemptAt, DateTime? DeliveredAt,
    DateTime? NextAttemptAt, int Replays);
