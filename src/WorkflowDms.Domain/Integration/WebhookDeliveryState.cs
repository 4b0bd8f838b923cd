namespace WorkflowDms.Domain.Integration;

/// <summary>A delivery is pending until the receiver answers 2xx, or failed once its retries are spent.</summary>
public enum WebhookDeliveryState
{
    Pending,
    Delivered,
    Failed,
}
