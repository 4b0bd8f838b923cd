using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Settlement;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Warranty settlement: payment batches per dealer and period, with a credit note to each dealer.</summary>
internal sealed class SettlementEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/settlement/batches").WithTags("Settlement").RequireAuthorization(Policies.Authenticated);

        group.MapPost("/", SettleAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Settle the claims approved for payment up to the end of a period (yyyy-MM): one batch per dealer, claims Paid then Closed, a credit note per batch (warranty supervisors)")
            .Accepts<SettlementRequest>("application/json")
            .Produces<IReadOnlyList<PaymentBatchView>>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        group.MapGet("/{id:guid}", GetAsync).WithSummary("Read a payment batch and its claims");
        group.MapGet("/", ListAsync).WithSummary("List payment batches in the caller's scope, newest first");
    }

    private static async Task<Created<IReadOnlyList<PaymentBatchView>>> SettleAsync(HttpContext http, SettlementService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<SettlementRequest>(http.Request, ct);
        return TypedResults.Created("/api/v1/settlement/batches", await service.SettleAsync(http.Actor(), request, ct));
    }

    private static async Task<Ok<PaymentBatchView>> GetAsync(Guid id, HttpContext http, SettlementService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<IReadOnlyList<PaymentBatchView>>> ListAsync(HttpContext http, SettlementService service, [FromQuery] string? period, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), period, ct));
}
