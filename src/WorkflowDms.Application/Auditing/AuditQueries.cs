using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Application.Auditing;

/// <summary>Reads the audit trail within the caller's scope, and verifies the whole chain.</summary>
public sealed class AuditQueries(WorkflowDmsDbContext db)
{
    private const int MaxEntries = 1000;

    public async Task<IReadOnlyList<AuditEntryView>> ListAsync(Actor actor, string? subject, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > 200)
        {
            throw new RequestBodyException(400, "Invalid query", "subject is required, e.g. subject=claim:{id}.", "subject");
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject && e.OrgPath.StartsWith(actor.OrgPath))
            .OrderBy(e => e.Sequence)
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);
        return entries.Select(e => new AuditEntryView(
            e.Sequence, e.At, e.ActorKind, e.Actor, e.Action.ToString(), e.Subject,
            JsonDocument.Parse(e.DataJson).RootElement.Clone(), e.Hash)).ToList();
    }

    /// <summary>Streams every entry in sequence order through the verifier; memory stays flat at any size.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var result = await db.VerifyAuditChainAsync(cancellationToken);
        return new AuditVerification(result.IsValid, result.EntriesChecked, result.BrokenAtSequence, result.IsValid ? null : result.Message);
    }
}
