using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Orders;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The order price list with validity dates (O-13).</summary>
internal sealed class CatalogEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var prices = api.MapGroup("/catalog/prices").WithTags("Catalog").RequireAuthorization(Policies.Authenticated);
        prices.MapGet("/", ListAsync).WithSummary("Price list entries, optionally for one item and/or valid on a day");
        prices.MapPost("/", AddAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Add a price with its validity period (HQ sales or parts managers); overlapping periods are refused")
            .Accepts<PriceRequest>("application/json").Produces<PriceView>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(422);
    }

    private static async Task<Ok<IReadOnlyList<PriceView>>> ListAsync(PriceListService service, [FromQuery] string? itemCode, [FromQuery] DateOnly? validOn, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(itemCode, validOn, ct));

    private static async Task<Created<PriceView>> AddAsync(HttpContext http, PriceListService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<PriceRequest>(http.Request, ct);
        var price = await service.AddAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/catalog/prices?itemCode={price.ItemCode}", price);
    }
}
