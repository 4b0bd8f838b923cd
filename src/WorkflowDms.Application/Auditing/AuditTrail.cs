using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Auditing;

/// <summary>
/// Appends audit entries to the hash chain inside the current command's transaction (scoped: one per
/// command). The head row is read once per command and moved forward with every entry.
/// </summary>
public sealed class AuditTrail(WorkflowDmsDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private AuditHead? head;

    public async Task AppendAsync(Actor actor, AuditAction action, string subject, string orgPath, object? data, CancellationToken cancellationToken)
    {
        head ??= await db.AuditHeads.SingleAsync(cancellationToken);
        Append(actor, action, subject, orgPath, data);
    }

    /// <summary>
    /// The synchronous form, for code the engine calls back inline (service-task handlers, rule evaluation),
    /// which runs inside a command whose transaction is already open.
    /// </summary>
    public void Append(Actor actor, AuditAction action, string subject, string orgPath, object? data)
    {
        head ??= db.AuditHeads.Single();
        var entry = AuditChain.Append(
            head,
            clock.GetUtcNow().UtcDateTime,
            actor.KindName,
            actor.Name,
            action,
            subject,
            orgPath,
            data is null ? "{}" : JsonSerializer.Serialize(data, Json));
        db.AuditEntries.Add(entry);
    }
}
