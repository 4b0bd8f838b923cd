using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Webhooks;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>A dealer's webhooks (API key only): signed status-change events of its own cases, deliveries visible and replayable.</summary>
internal sealed class WebhookEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Dealer);

        hooks.MapPost("/", RegisterAsync).WithSummary("Register a URL for status-change events; the signing secret is in this response only")
            .WithDescription("Body: {\"url\": \"https://…\", \"caseTypes\": [\"claim\"]} (caseTypes optional). The URL must be https and its host must resolve to public addresses only (400 naming url otherwise). Deliveries are POSTs signed as described in docs/integration.md.")
            .Accepts<WebhookRegistration>("application/json").Produces<RegisteredWebhookView>(201).ProducesProblem(400).ProducesProblem(422);
        hooks.MapGet("/", (HttpContext http, WebhookService s, CancellationToken ct) => s.ListAsync(http.Actor(), ct)).WithSummary("Your webhooks");
        hooks.MapGet("/{id:guid}", (Guid id, HttpContext http, WebhookService s, CancellationToken ct) => s.GetAsync(http.Actor(), id, ct))
            .WithSummary("One webhook").ProducesProblem(404);
        hooks.MapDelete("/{id:guid}", (Guid id, HttpContext http, WebhookService s, CancellationToken ct) => s.RemoveAsync(http.Actor(), id, ct))
            .WithSummary("Stop a webhook (its history stays readable)").ProducesProblem(404);
        hooks.MapPost("/{id:guid}/rotate-secret", (Guid id, HttpContext http, WebhookService s, CancellationToken ct) => s.RotateSecretAsync(http.Actor(), id, ct))
            .WithSummary("Replace the signing secret; the new secret is in this response only and signs every attempt from now on")
            .Produces<RegisteredWebhookView>(200).ProducesProblem(404).ProducesProblem(422);
        hooks.MapGet("/{id:guid}/deliveries", ListDeliveriesAsync)
            .WithSummary("Deliveries of a webhook, newest first, with attempts and the last error; ?state=pending|delivered|failed").ProducesProblem(400).ProducesProblem(404);
        hooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", (Guid id, Guid deliveryId, HttpContext http, WebhookService s, CancellationToken ct) => s.ReplayAsync(http.Actor(), id, deliveryId, ct))
            .WithSummary("Send a delivered or failed delivery again").ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static async Task<Created<RegisteredWebhookView>> RegisterAsync(HttpContext http, WebhookService service, CancellationToken ct)
    {
        var (registration, _) = await JsonBody.ReadAsync<WebhookRegistration>(http.Request, ct);
        var view = await service.RegisterAsync(http.Actor(), registration, ct);
        return TypedResults.Created($"/api/v1/webhooks/{view.Webhook.Id}", view);
    }

    private static async Task<Ok<IReadOnlyList<WebhookDeliveryView>>> ListDeliveriesAsync(
        Guid id, HttpContext http, WebhookService service, [FromQuery] string? state, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await service.ListDeliveriesAsync(http.Actor(), id, state, limit ?? 100, ct));
}
