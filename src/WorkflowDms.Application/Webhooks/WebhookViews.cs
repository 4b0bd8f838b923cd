using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Application.Webhooks;

/// <summary>Mapping of webhook entities to their API views.</summary>
internal static class WebhookViews
{
    public static WebhookView ToView(this WebhookSubscription subscription) =>
        new(subscription.Id, subscription.Url, subscription.CaseTypeFilter, subscription.Active, subscription.CreatedAt);

    public static WebhookDeliveryView ToView(this WebhookDelivery delivery, QueuedJob? job) =>
        new(delivery.Id, delivery.CaseEventId, delivery.CaseType, delivery.CaseNumber, delivery.EventType,
            delivery.State switch
            {
                WebhookDeliveryState.Delivered => "delivered",
                WebhookDeliveryState.Failed => "failed",
                _ => "pending",
            },
            delivery.Attempts, delivery.LastStatusCode, delivery.LastError, delivery.CreatedAt, delivery.LastAttemptAt, delivery.DeliveredAt,
            job is { Status: QueuedJobStatus.Pending } ? job.NextAttemptAt : null,
            delivery.Replays);
}
