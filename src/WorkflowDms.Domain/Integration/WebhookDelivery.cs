namespace WorkflowDms.Domain.Integration;

/// <summary>
/// One case event to one subscription: the exact body that is signed and sent, and how sending went. The
/// attempts themselves are a <see cref="QueuedJob"/> (<see cref="JobId"/>); a replay enqueues a new job.
/// </summary>
public class WebhookDelivery
{
    private WebhookDelivery()
    {
        OrgPath = "";
        CaseType = "";
        CaseNumber = "";
        EventType = "";
        Payload = "";
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public Guid DealerId { get; private set; }

    public string OrgPath { get; private set; }

    public Guid CaseEventId { get; private set; }

    public string CaseType { get; private set; }

    public string CaseNumber { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The JSON body, fixed at fan-out so every attempt and replay sends the same bytes.</summary>
    public string Payload { get; private set; }

    public WebhookDeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public Guid JobId { get; private set; }

    public int Replays { get; private set; }

    public static WebhookDelivery Create(
        Guid id, WebhookSubscription subscription, Guid caseEventId, string caseType, string caseNumber, string orgPath, string eventType, string payload, Guid jobId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new WebhookDelivery
        {
            Id = id,
            SubscriptionId = subscription.Id,
            DealerId = subscription.DealerId,
            OrgPath = orgPath,
            CaseEventId = caseEventId,
            CaseType = caseType,
            CaseNumber = caseNumber,
            EventType = eventType,
            Payload = payload,
            State = WebhookDeliveryState.Pending,
            CreatedAt = now,
            JobId = jobId,
        };
    }

    public void RecordSuccess(int statusCode, DateTime now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        State = WebhookDeliveryState.Delivered;
        DeliveredAt = now;
    }

    /// <summary>A failed attempt; when <c>final</c> (the job spent its last retry) the delivery is failed until replayed.</summary>
    public void RecordFailure(int? statusCode, string error, bool final, DateTime now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length > 2000 ? error[..2000] : error;
        State = final ? WebhookDeliveryState.Failed : WebhookDeliveryState.Pending;
    }

    /// <summary>Sends the same body again through a new job (after a fix on the receiver's side).</summary>
    public void Replay(Guid jobId)
    {
        JobId = jobId;
        State = WebhookDeliveryState.Pending;
        Replays++;
    }
}
