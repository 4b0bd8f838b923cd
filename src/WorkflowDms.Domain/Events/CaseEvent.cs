namespace WorkflowDms.Domain.Events;

/// <summary>
/// Something a dealer or another system may want to hear about — a case changed status — written in the
/// same transaction as the change (a transactional outbox). Webhook deliveries and exports read from here,
/// so nothing is announced that did not commit, and nothing that committed is lost.
/// </summary>
public class CaseEvent
{
    private CaseEvent()
    {
        CaseType = "";
        CaseNumber = "";
        OrgPath = "";
        EventType = "";
        Status = "";
        DataJson = "{}";
    }

    /// <summary>Version 7 id: ordered by time of writing, so readers page through the outbox by id.</summary>
    public Guid Id { get; private set; }

    public string CaseType { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; }

    /// <summary>The dealer the case belongs to, when it belongs to one (webhooks go to that dealer only).</summary>
    public Guid? DealerId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>e.g. <c>status-changed</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>The case's status after the change.</summary>
    public string Status { get; private set; }

    public string DataJson { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public static CaseEvent Record(Guid id, string caseType, Guid caseId, string caseNumber, Guid? dealerId, string orgPath, string eventType, string status, string dataJson, DateTime occurredAt) =>
        new()
        {
            Id = id,
            CaseType = caseType,
            CaseId = caseId,
            CaseNumber = caseNumber,
            DealerId = dealerId,
            OrgPath = orgPath,
            EventType = eventType,
            Status = status,
            DataJson = dataJson,
            OccurredAt = occurredAt,
        };
}
