using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// One round of webhook work: fan new outbox events out into deliveries, lease a small batch of due jobs, send
/// them (outside any transaction), then record each outcome in its own command: delivered, retry later with
/// exponential back-off and jitter, or failed for good after <see cref="MaxAttempts"/>. The hosted service runs
/// rounds on a timer; tests call <see cref="RunOnceAsync"/>.
/// </summary>
public sealed class WebhookDispatcher(
    CommandRunner runner,
    WebhookFanOut fanOut,
    IWebhookSender sender,
    IWebhookSecretProtector secrets,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    public const string JobKind = "webhook-delivery";
    public const int MaxAttempts = 6;
    public const int BatchSize = 20;
    public static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(2);

    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Runs rounds until no job is due; returns the number of attempts made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await fanOut.RunAsync(cancellationToken);
        var attempts = 0;
        while (true)
        {
            var leased = await LeaseAsync(cancellationToken);
            if (leased.Count == 0)
            {
                return attempts;
            }

            await Parallel.ForEachAsync(leased, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (work, ct) =>
            {
                var result = await SendAsync(work, ct);
                await RecordAsync(work, result, ct);
            });
            attempts += leased.Count;
        }
    }

    private Task<List<LeasedDelivery>> LeaseAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(async (_, db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var jobs = await db.QueuedJobs
                .Where(j => j.Kind == JobKind
                    && ((j.Status == QueuedJobStatus.Pending && j.NextAttemptAt <= now) || (j.Status == QueuedJobStatus.Running && j.LeaseUntil < now)))
                .OrderBy(j => j.NextAttemptAt)
                .Take(BatchSize)
                .ToListAsync(ct);
            var deliveryIds = jobs.Select(j => j.SubjectId).ToList();
            var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => deliveryIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
            var subscriptionIds = deliveries.Values.Select(d => d.SubscriptionId).Distinct().ToList();
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => subscriptionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            var leased = new List<LeasedDelivery>();
            foreach (var job in jobs)
            {
                job.Lease(owner, now, LeaseFor);
                var delivery = deliveries.GetValueOrDefault(job.SubjectId);
                var subscription = delivery is null ? null : subscriptions.GetValueOrDefault(delivery.SubscriptionId);
                leased.Add(new LeasedDelivery(job.Id, job.Attempts, delivery, subscription));
            }

            return leased;
        }, cancellationToken);

    private async Task<WebhookSendResult> SendAsync(LeasedDelivery work, CancellationToken ct)
    {
        if (work.Delivery is null || work.Subscription is null)
        {
            return new WebhookSendResult(null, "The delivery no longer exists.");
        }

        if (!work.Subscription.Active)
        {
            return new WebhookSendResult(null, "The webhook was removed.");
        }

        string secret;
        try
        {
            secret = secrets.Unprotect(work.Subscription.ProtectedSecret);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            // The key ring lost the key (e.g. a host without the shared key folder): nothing can be signed; retrying
            // on a host that has the key, or rotating the secret, fixes it.
            logger.LogError(e, "The signing secret of webhook {WebhookId} cannot be unprotected", work.Subscription.Id);
            return new WebhookSendResult(null, "The signing secret cannot be read on this host (data-protection key missing); rotate the secret.");
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WebhookSignature.EventHeader] = work.Delivery.EventType,
            [WebhookSignature.DeliveryHeader] = work.Delivery.Id.ToString(),
            [WebhookSignature.AttemptHeader] = work.Attempt.ToString(CultureInfo.InvariantCulture),
            [WebhookSignature.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [WebhookSignature.SignatureHeader] = WebhookSignature.Sign(secret, timestamp, work.Delivery.Payload),
            ["User-Agent"] = "WorkflowDms-Webhooks/1",
        };
        try
        {
            return await sender.SendAsync(new WebhookMessage(new Uri(work.Subscription.Url), work.Delivery.Payload, headers), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Webhook delivery {DeliveryId} failed", work.Delivery.Id);
            return new WebhookSendResult(null, e.Message);
        }
    }

    private Task RecordAsync(LeasedDelivery work, WebhookSendResult result, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var job = await db.QueuedJobs.FirstOrDefaultAsync(j => j.Id == work.JobId, ct);
            if (job is null || job.LeaseOwner != owner || job.Status != QueuedJobStatus.Running)
            {
                return false; // the lease ran out and another worker took the job: its outcome counts, not ours
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == job.SubjectId, ct);
            if (result.Succeeded)
            {
                job.Succeed(now);
                delivery?.RecordSuccess(result.StatusCode!.Value, now);
            }
            else
            {
                job.Fail(result.Error ?? "failed", now, RetryBackOff.After(job.Attempts, Random.Shared.NextDouble()));
                delivery?.RecordFailure(result.StatusCode, result.Error ?? "failed", job.Status == QueuedJobStatus.Failed, now);
            }

            // The chain records outcomes, not every retry: delivered, or given up after the last attempt.
            if (delivery is not null && job.IsFinal)
            {
                await services.GetRequiredService<AuditTrail>().AppendAsync(Actor.System, AuditAction.WebhookDelivery, $"webhook:{delivery.SubscriptionId}", delivery.OrgPath,
                    new { change = result.Succeeded ? "delivered" : "failed", deliveryId = delivery.Id, delivery.CaseNumber, delivery.EventType, job.Attempts, result.StatusCode, error = result.Error }, ct);
            }

            return true;
        }, cancellationToken);

    private sealed record LeasedDelivery(Guid JobId, int Attempt, WebhookDelivery? Delivery, WebhookSubscription? Subscription);
}
