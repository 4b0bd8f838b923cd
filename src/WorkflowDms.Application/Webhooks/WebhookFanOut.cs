using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Events;
using WorkflowDms.Domain.Integration;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// Turns outbox events into deliveries: for each active webhook, the events of cases in the dealer's subtree that
/// occurred since the webhook's fan-out mark become one delivery and one job each. The mark trails by
/// <see cref="Margin"/> so an event whose transaction committed late is still seen; the unique
/// (webhook, event) index makes the overlap harmless.
/// </summary>
public sealed class WebhookFanOut(CommandRunner runner, IWebhookSecretProtector secrets, TimeProvider clock)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private const int PageSize = 200;

    /// <summary>Every plain secret ever issued starts with this (<see cref="WebhookSubscription.NewSecret"/>).</summary>
    private const string LegacySecretPrefix = "whsec_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates the missing deliveries; returns how many.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(async (_, db, ct) =>
        {
            var created = 0;
            var subscriptions = await db.WebhookSubscriptions.Where(s => s.Active).ToListAsync(ct);
            await ProtectLegacySecretsAsync(db, ct);
            foreach (var subscription in subscriptions)
            {
                created += await FanOutAsync(db, subscription, ct);
            }

            return created;
        }, cancellationToken);

    private async Task<int> FanOutAsync(WorkflowDmsDbContext db, WebhookSubscription subscription, CancellationToken ct)
    {
        var since = subscription.FannedOutUntil - Margin;
        var createdAt = subscription.CreatedAt;
        var path = subscription.OrgPath;
        var types = subscription.CaseTypeFilter.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        DateTime? lastAt = null;
        Guid lastId = Guid.Empty;
        while (true)
        {
            var query = db.CaseEvents.AsNoTracking()
                .Where(e => e.OccurredAt >= since && e.OccurredAt >= createdAt && e.OrgPath.StartsWith(path));
            if (types.Count > 0)
            {
                query = query.Where(e => types.Contains(e.CaseType));
            }

            if (lastAt is { } at)
            {
                var id = lastId;
                query = query.Where(e => e.OccurredAt > at || (e.OccurredAt == at && e.Id.CompareTo(id) > 0));
            }

            var page = await query.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            var ids = page.Select(e => e.Id).ToList();
            var known = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.SubscriptionId == subscription.Id && ids.Contains(d.CaseEventId))
                .Select(d => d.CaseEventId).ToListAsync(ct);
            foreach (var e in page.Where(e => !known.Contains(e.Id)))
            {
                var deliveryId = Guid.CreateVersion7(clock.GetUtcNow());
                var job = QueuedJob.Enqueue(Guid.NewGuid(), WebhookDispatcher.JobKind, deliveryId, WebhookDispatcher.MaxAttempts, now);
                db.QueuedJobs.Add(job);
                db.WebhookDeliveries.Add(WebhookDelivery.Create(deliveryId, subscription, e.Id, e.CaseType, e.CaseNumber, e.OrgPath, e.EventType, Payload(e), job.Id, now));
                created++;
            }

            subscription.AdvanceFanOut(page[^1].OccurredAt);
            lastAt = page[^1].OccurredAt;
            lastId = page[^1].Id;
            if (page.Count < PageSize)
            {
                break;
            }
        }

        return created;
    }

    /// <summary>
    /// Secrets stored in plain text before they were protected (ADR 0012) are protected in place — the same secret,
    /// so the dealer's receiver keeps verifying. Cheap after the first round: nothing is left to protect.
    /// </summary>
    private async Task ProtectLegacySecretsAsync(WorkflowDmsDbContext db, CancellationToken ct)
    {
        foreach (var subscription in await db.WebhookSubscriptions.Where(s => s.ProtectedSecret.StartsWith(LegacySecretPrefix)).ToListAsync(ct))
        {
            if (!secrets.IsProtected(subscription.ProtectedSecret))
            {
                subscription.ReplaceStoredSecret(secrets.Protect(subscription.ProtectedSecret));
            }
        }
    }

    /// <summary>The body a receiver gets; fixed at fan-out so retries and replays send identical bytes.</summary>
    private static string Payload(CaseEvent e)
    {
        using var data = JsonDocument.Parse(e.DataJson);
        return JsonSerializer.Serialize(
            new
            {
                id = e.Id,
                type = e.EventType,
                occurredAt = e.OccurredAt,
                caseType = e.CaseType,
                caseId = e.CaseId,
                caseNumber = e.CaseNumber,
                status = e.Status,
                data = data.RootElement,
            },
            Json);
    }
}
