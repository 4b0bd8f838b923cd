using System.Text.Json;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Events;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Events;

/// <summary>
/// Publishes case events into the outbox, inside the current command's transaction. Every lifecycle calls
/// this on each status change; webhooks and exports consume the outbox.
/// </summary>
public sealed class CaseEvents(WorkflowDmsDbContext db, TimeProvider clock)
{
    public const string StatusChanged = "status-changed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void StatusChangedTo(CaseReference @case, Guid? dealerId, string status, object? data = null) =>
        Publish(@case, dealerId, StatusChanged, status, data);

    public void Publish(CaseReference @case, Guid? dealerId, string eventType, string status, object? data)
    {
        var now = clock.GetUtcNow();
        db.CaseEvents.Add(CaseEvent.Record(
            Guid.CreateVersion7(now), @case.CaseType, @case.CaseId, @case.CaseNumber, dealerId, @case.OrgPath,
            eventType, status, JsonSerializer.Serialize(data ?? new { }, Json), now.UtcDateTime));
    }
}
