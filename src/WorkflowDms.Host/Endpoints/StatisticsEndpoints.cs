using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Statistics;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Statistics within the caller's scope (counts include only what the caller may see).</summary>
internal sealed class StatisticsEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Authenticated)
            .MapGet("/claims", ClaimsAsync)
            .WithSummary("Claims by status, amounts, auto-approval rate and time to decision, per dealer, branch or region")
            .WithDescription("Query: from, to (ISO dates, UTC, to exclusive), groupBy=dealer|branch|region (default dealer). Claims submitted in the period.")
            .Produces<ClaimStatistics>().ProducesProblem(400);
    }

    private static async Task<IResult> ClaimsAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] DateTime? from, [FromQuery] DateTime? to, [FromQuery] string? groupBy, CancellationToken ct) =>
        TypedResults.Ok(await statistics.ClaimsAsync(http.Actor(), ExportPeriod.Parse(from, to), groupBy, ct));
}
