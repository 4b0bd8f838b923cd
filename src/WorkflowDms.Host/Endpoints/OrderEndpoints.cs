using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Orders;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Vehicle and parts orders: dealers (or sales/parts managers for a dealer) create, maintain, submit, adjust,
/// cancel and confirm receipt; approvers decide by the delegation-of-authority matrix with four-eyes; sales or
/// parts managers accept, ship and close. Everything within the caller's org scope.
/// </summary>
internal sealed class OrderEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization(Policies.Authenticated);

        orders.MapPost("/", CreateAsync).WithSummary("Create a draft vehicle or parts order, priced from the price list on its order date")
            .Accepts<OrderRequest>("application/json").Produces<OrderView>(StatusCodes.Status201Created)
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        orders.MapGet("/", ListAsync).WithSummary("List orders in the caller's scope, newest first (keyset paging; status and orderType filters)");
        orders.MapGet("/{id:guid}", GetAsync).WithSummary("Read an order: lines, status, rule and credit-check results, abnormal-order alert");
        orders.MapPut("/{id:guid}", MaintainAsync).WithSummary("Edit a draft order (order date and lines)")
            .Accepts<OrderRequest>("application/json").Produces<OrderView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        orders.MapPost("/{id:guid}/submit", SubmitAsync).WithSummary("Submit a draft: order rules, credit check, then approval routing")
            .Produces<OrderView>().ProducesProblem(404).ProducesProblem(409);
        orders.MapPost("/{id:guid}/adjust", AdjustAsync).WithSummary("Correct a held order (lines, order date); it is evaluated again")
            .Accepts<OrderRequest>("application/json").Produces<OrderView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        orders.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("Cancel a draft, held, approved or accepted order")
            .Produces<OrderView>().ProducesProblem(404).ProducesProblem(409);
        orders.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Approve an order pending approval (delegation of authority; the creator or submitter cannot: 422 four-eyes)")
            .Produces<OrderView>().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        orders.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Reject an order pending approval (reasonCode required)")
            .Produces<OrderView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        orders.MapPost("/{id:guid}/accept", AcceptAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Accept an approved order into production/fulfilment (consumes allocation)").Produces<OrderView>().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        orders.MapPost("/{id:guid}/ship", ShipAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Ship an accepted order (exposure moves to delivered-not-invoiced)").Produces<OrderView>().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        orders.MapPost("/{id:guid}/receipt", ConfirmReceiptAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("The dealer confirms the goods arrived").Produces<OrderView>().ProducesProblem(404).ProducesProblem(409);
        orders.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Close a delivered, fully invoiced order").Produces<OrderView>().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static async Task<Created<OrderView>> CreateAsync(HttpContext http, OrderService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<OrderRequest>(http.Request, ct);
        var order = await service.CreateAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/orders/{order.Id}", order);
    }

    private static async Task<Ok<OrderView>> GetAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<OrderPage>> ListAsync(
        HttpContext http,
        OrderService service,
        [FromQuery] string? status,
        [FromQuery] string? orderType,
        [FromQuery] string? after,
        [FromQuery] int? limit,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), status, orderType, after, limit ?? 50, ct));

    private static async Task<Ok<OrderView>> MaintainAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<OrderRequest>(http.Request, ct);
        return TypedResults.Ok(await service.MaintainAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<OrderView>> SubmitAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SubmitAsync(http.Actor(), id, ct));

    private static async Task<Ok<OrderView>> AdjustAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<OrderRequest>(http.Request, ct);
        return TypedResults.Ok(await service.AdjustAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<OrderView>> CancelAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct)
    {
        var body = await OptionalDecisionAsync(http, ct);
        return TypedResults.Ok(await service.CancelAsync(http.Actor(), id, body.Comment, ct));
    }

    private static async Task<Ok<OrderView>> ApproveAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.DecideAsync(http.Actor(), id, "approve", await OptionalDecisionAsync(http, ct), ct));

    private static async Task<Ok<OrderView>> RejectAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<OrderDecisionRequest>(http.Request, ct);
        return TypedResults.Ok(await service.DecideAsync(http.Actor(), id, "reject", body, ct));
    }

    private static async Task<Ok<OrderView>> AcceptAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.AcceptAsync(http.Actor(), id, ct));

    private static async Task<Ok<OrderView>> ShipAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ShipAsync(http.Actor(), id, ct));

    private static async Task<Ok<OrderView>> ConfirmReceiptAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ConfirmReceiptAsync(http.Actor(), id, ct));

    private static async Task<Ok<OrderView>> CloseAsync(Guid id, HttpContext http, OrderService service, CancellationToken ct) =>
        TypedResults.Ok(await service.CloseAsync(http.Actor(), id, ct));

    private static async Task<OrderDecisionRequest> OptionalDecisionAsync(HttpContext http, CancellationToken ct) =>
        http.Request.ContentLength is null or 0 ? new OrderDecisionRequest() : (await JsonBody.ReadAsync<OrderDecisionRequest>(http.Request, ct)).Value;
}
