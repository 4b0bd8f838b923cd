using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Returns;
using WorkflowDms.Application.Security;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Parts returns: dealers request, ship and cancel; parts managers confirm receipt and record inspection
/// quantities; approval and the inspection verdict are inbox tasks. Everyone reads within their scope.
/// </summary>
internal sealed class ReturnEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var returns = api.MapGroup("/returns").WithTags("Returns").RequireAuthorization(Policies.Authenticated);

        returns.MapPost("/", RequestAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Request a parts return (reason, lines with purchase reference, price paid and condition)")
            .WithDescription("The returns-policy rules run at once: an ineligible or over-quota request comes back Rejected with the rule's reason; any other waits for a parts manager.")
            .Accepts<ReturnSubmission>("application/json")
            .Produces<ReturnView>(StatusCodes.Status201Created)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(422);

        returns.MapGet("/{id:guid}", GetAsync).WithSummary("Read a return: status, RMA, lines, findings, credit");
        returns.MapGet("/", ListAsync).WithSummary("List returns in the caller's scope, newest first (keyset paging)");

        returns.MapPost("/{id:guid}/shipment", ShipAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Report the goods shipped against the RMA (carrier, tracking number)")
            .WithDescription("Refused with 422 rma-required without an approved RMA (RT-01) and rma-expired after its 60 days (RT-02).")
            .Accepts<ReturnShipment>("application/json")
            .Produces<ReturnView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        returns.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Withdraw a return that has not been shipped")
            .Accepts<ReturnCancellation>("application/json")
            .Produces<ReturnView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        returns.MapPost("/{id:guid}/receipt", ReceiveAsync).RequireAuthorization(PartsStaff)
            .WithSummary("Confirm the goods arrived; they are posted to returns stock (RT-10) and an inspection task opens")
            .Produces<ReturnView>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        returns.MapPut("/{id:guid}/inspection", RecordInspectionAsync).RequireAuthorization(PartsStaff)
            .WithSummary("Record the accepted quantity per line before deciding a partial acceptance in the inspection task")
            .Accepts<ReturnInspectionSheet>("application/json")
            .Produces<ReturnView>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    /// <summary>Staff who handle returned goods: parts managers and supervisors.</summary>
    private static void PartsStaff(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireClaim(ActorClaimTypes.Kind, "user").RequireRole(ReturnGroups.PartsManagers, ReturnGroups.PartsSupervisors, Groups.Admins);

    private static async Task<Created<ReturnView>> RequestAsync(HttpContext http, ReturnService service, CancellationToken ct)
    {
        var (submission, _) = await JsonBody.ReadAsync<ReturnSubmission>(http.Request, ct);
        var view = await service.RequestAsync(http.Actor(), submission, ct);
        return TypedResults.Created($"/api/v1/returns/{view.Id}", view);
    }

    private static async Task<Ok<ReturnView>> GetAsync(Guid id, HttpContext http, ReturnService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<ReturnPage>> ListAsync(
        HttpContext http,
        ReturnService service,
        [FromQuery] string? status,
        [FromQuery] string? after,
        [FromQuery] int? limit,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), status, after, limit ?? 50, ct));

    private static async Task<Ok<ReturnView>> ShipAsync(Guid id, HttpContext http, ReturnService service, CancellationToken ct)
    {
        var (shipment, _) = await JsonBody.ReadAsync<ReturnShipment>(http.Request, ct);
        return TypedResults.Ok(await service.ShipAsync(http.Actor(), id, shipment, ct));
    }

    private static async Task<Ok<ReturnView>> CancelAsync(Guid id, HttpContext http, ReturnService service, CancellationToken ct)
    {
        var (cancellation, _) = await JsonBody.ReadAsync<ReturnCancellation>(http.Request, ct);
        return TypedResults.Ok(await service.CancelAsync(http.Actor(), id, cancellation, ct));
    }

    private static async Task<Ok<ReturnView>> ReceiveAsync(Guid id, HttpContext http, ReturnService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ReceiveAsync(http.Actor(), id, ct));

    private static async Task<Ok<ReturnView>> RecordInspectionAsync(Guid id, HttpContext http, ReturnService service, CancellationToken ct)
    {
        var (sheet, _) = await JsonBody.ReadAsync<ReturnInspectionSheet>(http.Request, ct);
        return TypedResults.Ok(await service.RecordInspectionAsync(http.Actor(), id, sheet, ct));
    }
}
