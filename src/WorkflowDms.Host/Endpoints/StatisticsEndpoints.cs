using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Exports;
using WorkflowDms.Application.Statistics;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Statistics for every lifecycle within the caller's scope (counts include only what the caller may see):
/// staff get their subtree, dealers their own and their sub-dealers'. Every query value arrives as text and is
/// checked by the application, so a bad value is a 400 naming its field. See docs/statistics.md.
/// </summary>
internal sealed class StatisticsEndpoints : IEndpointModule
{
    private const string Grouping = "groupBy=dealer|branch|region (default dealer), org=code of an org node in the caller's scope to narrow it (optional)";
    private const string Period = "from, to (ISO dates or date-times, UTC, to exclusive, at most 366 days)";

    public void Map(IEndpointRouteBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Authenticated);
        statistics.MapGet("/claims", ClaimsAsync)
            .WithSummary("Claims by status, value, auto-approval rate and time to decision, per dealer, branch or region")
            .WithDescription($"Claims submitted in the period. Query: {Period}; {Grouping}.")
            .ProducesProblem(400);
        statistics.MapGet("/orders", OrdersAsync)
            .WithSummary("Orders by status and value, auto-approval rate and time to decision, per dealer, branch or region")
            .WithDescription($"Orders submitted in the period. Query: {Period}; {Grouping}.")
            .ProducesProblem(400);
        statistics.MapGet("/returns", ReturnsAsync)
            .WithSummary("Returns by status, requested and credited value, per dealer, branch or region")
            .WithDescription($"Returns requested in the period. Query: {Period}; {Grouping}.")
            .ProducesProblem(400);
        statistics.MapGet("/recalls", RecallsAsync)
            .WithSummary("Recall completion per campaign and per dealer, branch or region (affected, remedied, rate)")
            .WithDescription($"As of now. Query: campaignId (optional, one campaign); {Grouping}.")
            .ProducesProblem(400).ProducesProblem(404);
        statistics.MapGet("/credit", CreditAsync)
            .WithSummary("Credit-blocked orders, manually blocked accounts and open credit decisions, per dealer, branch or region")
            .WithDescription($"As of now. Query: {Grouping}.")
            .ProducesProblem(400);
        statistics.MapGet("/tasks", TasksAsync)
            .WithSummary("Open and overdue tasks per lifecycle, per dealer, branch or region")
            .WithDescription($"As of now. Query: {Grouping}.")
            .ProducesProblem(400);
        statistics.MapGet("/timeline", TimelineAsync)
            .WithSummary("Claims and orders submitted per day or week, by current status")
            .WithDescription("Query: from, to (ISO dates, UTC, to exclusive, at most 366 days), bucket=day|week (default day; weeks start on Monday), org (optional).")
            .ProducesProblem(400);
    }

    private static async Task<Ok<StatisticsReport<ClaimStatisticsRow>>> ClaimsAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.ClaimsAsync(http.Actor(), ExportPeriod.Parse(from, to), new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<StatisticsReport<OrderStatisticsRow>>> OrdersAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.OrdersAsync(http.Actor(), ExportPeriod.Parse(from, to), new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<StatisticsReport<ReturnStatisticsRow>>> ReturnsAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.ReturnsAsync(http.Actor(), ExportPeriod.Parse(from, to), new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<RecallStatistics>> RecallsAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? campaignId, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.RecallsAsync(http.Actor(), campaignId, new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<StatisticsReport<CreditStatisticsRow>>> CreditAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.CreditAsync(http.Actor(), new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<StatisticsReport<TaskStatisticsRow>>> TasksAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? groupBy, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.TasksAsync(http.Actor(), new StatisticsQuery(groupBy, org), ct));

    private static async Task<Ok<StatisticsTimeline>> TimelineAsync(
        HttpContext http, StatisticsService statistics, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? bucket, [FromQuery] string? org, CancellationToken ct) =>
        TypedResults.Ok(await statistics.TimelineAsync(http.Actor(), ExportPeriod.Parse(from, to), bucket, new StatisticsQuery(null, org), ct));
}
