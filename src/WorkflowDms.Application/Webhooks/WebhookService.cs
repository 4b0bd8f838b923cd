using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Integration;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// A dealer's webhooks: register (the secret is returned once, and stored only protected), rotate the secret, list,
/// read, remove, and the deliveries of each (visible with their last error, replayable). A dealer sees only its own
/// webhooks; any other id is 404. The URL passes <see cref="WebhookUrlPolicy"/> at registration (SSRF guard).
/// </summary>
public sealed class WebhookService(CommandRunner runner, WorkflowDmsDbContext reads, WebhookUrlPolicy urls, IWebhookSecretProtector secrets, TimeProvider clock)
{
    public const int MaxWebhooksPerDealer = 10;

    private static readonly InlineValidator<WebhookRegistration> Validator = new()
    {
        v => v.RuleFor(r => r.Url).NotEmpty().MaximumLength(WebhookSubscription.MaxUrlLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage("'url' must be an absolute https URL."),
        v => v.RuleForEach(r => r.CaseTypes).NotEmpty().Matches("^[a-z][a-z0-9-]{0,39}$"),
        v => v.RuleFor(r => r.CaseTypes).Must(t => t is null || t.Count <= 20).WithMessage("'caseTypes' may name at most 20 case types."),
    };

    public async Task<RegisteredWebhookView> RegisterAsync(Actor actor, WebhookRegistration registration, CancellationToken cancellationToken)
    {
        Validator.ValidateAndThrow(registration);
        var dealerId = actor.DealerId ?? throw new UnauthorizedAccessException();
        await urls.EnsureRegistrableAsync(registration.Url!.Trim(), cancellationToken);
        var secret = WebhookSubscription.NewSecret();
        var protectedSecret = secrets.Protect(secret);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            if (await db.WebhookSubscriptions.CountAsync(s => s.DealerId == dealerId && s.Active, ct) >= MaxWebhooksPerDealer)
            {
                throw new BusinessRuleException("too-many-webhooks", $"A dealer may register at most {MaxWebhooksPerDealer} active webhooks.");
            }

            var subscription = WebhookSubscription.Register(
                Guid.NewGuid(), dealerId, actor.OrgPath, registration.Url!.Trim(), registration.CaseTypes ?? [], protectedSecret, clock.GetUtcNow().UtcDateTime);
            db.WebhookSubscriptions.Add(subscription);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.WebhookDelivery, $"webhook:{subscription.Id}", subscription.OrgPath,
                new { change = "registered", subscription.Url, subscription.CaseTypes }, ct);
            return new RegisteredWebhookView(subscription.ToView(), secret);
        }, cancellationToken);
    }

    /// <summary>
    /// A new signing secret, shown in this response only; it replaces the old one at once, so every attempt from
    /// now on (retries and replays included) is signed with it.
    /// </summary>
    public Task<RegisteredWebhookView> RotateSecretAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var secret = WebhookSubscription.NewSecret();
        var protectedSecret = secrets.Protect(secret);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var subscription = await OwnAsync(db.WebhookSubscriptions, actor, id, ct);
            subscription.RotateSecret(protectedSecret, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.WebhookDelivery, $"webhook:{subscription.Id}", subscription.OrgPath,
                new { change = "secret-rotated", subscription.Url }, ct);
            return new RegisteredWebhookView(subscription.ToView(), secret);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var dealerId = actor.DealerId ?? throw new UnauthorizedAccessException();
        var list = await reads.WebhookSubscriptions.AsNoTracking().Where(s => s.DealerId == dealerId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return [.. list.Select(s => s.ToView())];
    }

    public async Task<WebhookView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        (await OwnAsync(reads.WebhookSubscriptions.AsNoTracking(), actor, id, cancellationToken)).ToView();

    public Task<WebhookView> RemoveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var subscription = await OwnAsync(db.WebhookSubscriptions, actor, id, ct);
            if (subscription.Active)
            {
                subscription.Deactivate(clock.GetUtcNow().UtcDateTime);
                await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.WebhookDelivery, $"webhook:{subscription.Id}", subscription.OrgPath,
                    new { change = "removed", subscription.Url }, ct);
            }

            return subscription.ToView();
        }, cancellationToken);

    /// <summary>The webhook's deliveries, newest first; <paramref name="state"/> = pending, delivered or failed.</summary>
    public async Task<IReadOnlyList<WebhookDeliveryView>> ListDeliveriesAsync(Actor actor, Guid id, string? state, int limit, CancellationToken cancellationToken)
    {
        var subscription = await OwnAsync(reads.WebhookSubscriptions.AsNoTracking(), actor, id, cancellationToken);
        var query = reads.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id);
        if (state is not null)
        {
            var parsed = ParseState(state);
            query = query.Where(d => d.State == parsed);
        }

        var deliveries = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        var jobIds = deliveries.Select(d => d.JobId).ToList();
        var jobs = await reads.QueuedJobs.AsNoTracking().Where(j => jobIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, cancellationToken);
        return [.. deliveries.Select(d => d.ToView(jobs.GetValueOrDefault(d.JobId)))];
    }

    /// <summary>Sends a delivery again (same body, new signature and timestamp) through a new job.</summary>
    public Task<WebhookDeliveryView> ReplayAsync(Actor actor, Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var subscription = await OwnAsync(db.WebhookSubscriptions.AsNoTracking(), actor, id, ct);
            var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == subscription.Id, ct)
                ?? throw new NotFoundException("webhook delivery", deliveryId.ToString());
            if (!subscription.Active)
            {
                throw new BusinessRuleException("webhook-removed", "The webhook was removed; register it again to receive events.");
            }

            if (delivery.State == WebhookDeliveryState.Pending)
            {
                throw new ConflictException("delivery-pending", "The delivery is still being attempted; replay it once it is delivered or failed.");
            }

            var job = QueuedJob.Enqueue(Guid.NewGuid(), WebhookDispatcher.JobKind, delivery.Id, WebhookDispatcher.MaxAttempts, clock.GetUtcNow().UtcDateTime);
            db.QueuedJobs.Add(job);
            delivery.Replay(job.Id);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.WebhookDelivery, $"webhook:{subscription.Id}", delivery.OrgPath,
                new { change = "replayed", deliveryId = delivery.Id, delivery.CaseNumber, delivery.EventType }, ct);
            return delivery.ToView(job);
        }, cancellationToken);

    private static async Task<WebhookSubscription> OwnAsync(IQueryable<WebhookSubscription> set, Actor actor, Guid id, CancellationToken ct)
    {
        var subscription = await set.FirstOrDefaultAsync(s => s.Id == id, ct);
        return subscription is not null && subscription.DealerId == actor.DealerId && actor.CanSee(subscription.OrgPath)
            ? subscription
            : throw new NotFoundException("webhook", id.ToString());
    }

    private static WebhookDeliveryState ParseState(string state) => state switch
    {
        "pending" => WebhookDeliveryState.Pending,
        "delivered" => WebhookDeliveryState.Delivered,
        "failed" => WebhookDeliveryState.Failed,
        _ => throw new RequestBodyException(400, "Invalid query", "'state' must be pending, delivered or failed.", "state"),
    };
}
