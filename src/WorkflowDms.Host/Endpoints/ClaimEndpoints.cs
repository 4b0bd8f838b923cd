using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Claims;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Warranty claims: dealers submit, read and resubmit; staff read within their scope.</summary>
internal sealed class ClaimEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var claims = api.MapGroup("/claims").WithTags("Claims").RequireAuthorization(Policies.Authenticated);

        claims.MapPost("/", SubmitAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Submit a warranty claim")
            .WithDescription("Optional Idempotency-Key header: the same key and body return the same claim; the same key with another body is refused with 422.")
            .Accepts<ClaimSubmission>("application/json")
            .Produces<ClaimView>(StatusCodes.Status201Created)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(422);

        claims.MapGet("/{id:guid}", GetAsync).WithSummary("Read a claim, its lines, rule results and status");
        claims.MapGet("/", ListAsync).WithSummary("List claims in the caller's scope, newest first (keyset paging)");

        claims.MapPost("/{id:guid}/resubmit", ResubmitAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Resubmit a corrected claim after it was returned to the dealer")
            .Accepts<ClaimSubmission>("application/json")
            .Produces<ClaimView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        claims.MapPost("/{id:guid}/parts-shipment", ShipPartsAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Report that the old part was shipped back (carrier, tracking number)")
            .Accepts<PartsShipment>("application/json")
            .Produces<ClaimView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        claims.MapPost("/{id:guid}/parts-receipt", ReceivePartsAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Confirm the old part arrived at the returns warehouse; opens the inspection task")
            .Produces<ClaimView>().ProducesProblem(404).ProducesProblem(409);

        claims.MapPost("/{id:guid}/line-decisions", DecideLinesAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Decide claim lines one by one (approve, adjust with amount and reason, reject with reason) while holding the claim's review task")
            .WithDescription("Then complete the review task with decision approve: the approved amount is the sum over the lines (reason PWA when partial).")
            .Accepts<ClaimLineDecisions>("application/json")
            .Produces<ClaimView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        claims.MapPost("/{id:guid}/appeal", AppealAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Appeal a rejected claim once, with a reason (W-60); it goes back to review")
            .Accepts<ClaimAppeal>("application/json")
            .Produces<ClaimView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static async Task<Ok<ClaimView>> DecideLinesAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct)
    {
        var (decisions, _) = await JsonBody.ReadAsync<ClaimLineDecisions>(http.Request, ct);
        return TypedResults.Ok(await service.DecideLinesAsync(http.Actor(), id, decisions, ct));
    }

    private static async Task<Ok<ClaimView>> AppealAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct)
    {
        var (appeal, _) = await JsonBody.ReadAsync<ClaimAppeal>(http.Request, ct);
        return TypedResults.Ok(await service.AppealAsync(http.Actor(), id, appeal, ct));
    }

    private static async Task<Ok<ClaimView>> ShipPartsAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct)
    {
        var (shipment, _) = await JsonBody.ReadAsync<PartsShipment>(http.Request, ct);
        return TypedResults.Ok(await service.ReportPartsShippedAsync(http.Actor(), id, shipment, ct));
    }

    private static async Task<Ok<ClaimView>> ReceivePartsAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ConfirmPartsReceivedAsync(http.Actor(), id, ct));

    private static async Task<IResult> SubmitAsync(
        HttpContext http,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimService service,
        CancellationToken ct)
    {
        var (submission, raw) = await JsonBody.ReadAsync<ClaimSubmission>(http.Request, ct);
        var outcome = await service.SubmitAsync(http.Actor(), submission, raw, idempotencyKey, ct);
        return Results.Text(outcome.ResponseJson, "application/json", statusCode: outcome.StatusCode);
    }

    private static async Task<Ok<ClaimView>> GetAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<ClaimPage>> ListAsync(
        HttpContext http,
        ClaimService service,
        [FromQuery] string? status,
        [FromQuery] string? after,
        [FromQuery] int? limit,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), status, after, limit ?? 50, ct));

    private static async Task<Ok<ClaimView>> ResubmitAsync(Guid id, HttpContext http, ClaimService service, CancellationToken ct)
    {
        var (submission, _) = await JsonBody.ReadAsync<ClaimSubmission>(http.Request, ct);
        return TypedResults.Ok(await service.ResubmitAsync(http.Actor(), id, submission, ct));
    }
}
