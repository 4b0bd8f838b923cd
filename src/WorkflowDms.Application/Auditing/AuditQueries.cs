using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Application.Auditing;

/// <summary>Reads the audit trail within the caller's scope, and verifies the whole chain.</summary>
public sealed class AuditQueries(WorkflowDmsDbContext db)
{
    public const int MaxEntries = 1000;

    /// <summary>Entries of one subject, oldest first (the original form of the route).</summary>
    public Task<IReadOnlyList<AuditEntryView>> ListAsync(Actor actor, string? subject, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new RequestBodyException(400, "Invalid query", "subject is required, e.g. subject=claim:{id}.", "subject");
        }

        return ListAsync(actor, new AuditQuery(null, null, null, null, subject, null, MaxEntries), cancellationToken);
    }

    /// <summary>
    /// Entries within the caller's scope matching every given filter, in sequence order, at most
    /// <see cref="AuditQuery.Limit"/> (1–1000); page on with the last entry's sequence as <see cref="AuditQuery.After"/>.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntryView>> ListAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Subject is { Length: > 200 } || query.Actor is { Length: > 256 })
        {
            throw new RequestBodyException(400, "Invalid query", "subject has at most 200 characters and actor at most 256.", query.Subject is { Length: > 200 } ? "subject" : "actor");
        }

        var entries = db.AuditEntries.AsNoTracking().Where(e => e.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            entries = entries.Where(e => e.Subject == query.Subject);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = Enum.TryParse<AuditAction>(query.Action, ignoreCase: true, out var parsed) && !int.TryParse(query.Action, out _)
                ? parsed
                : throw new RequestBodyException(400, "Invalid query", $"action is an audit action name, e.g. {nameof(AuditAction.TaskCompleted)}.", "action");
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.Actor == query.Actor);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (query.After is { } after)
        {
            entries = entries.Where(e => e.Sequence > after);
        }

        var rows = await entries.OrderBy(e => e.Sequence).Take(Math.Clamp(query.Limit, 1, MaxEntries)).ToListAsync(cancellationToken);
        return rows.Select(e => new AuditEntryView(
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
