using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Development;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Development only: read and move the host's clock, then fire the timers that became due, so a walkthrough can
/// show an RMA expiring or a review escalating without waiting days. Mapped only when clock travel is configured.
/// </summary>
internal sealed class DevClockEndpoints : IEndpointModule
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(400);

    public void Map(IEndpointRouteBuilder api)
    {
        if (api.ServiceProvider.GetService<IClockTravel>() is null)
        {
            return;
        }

        var dev = api.MapGroup("/dev/clock").WithTags("Development").RequireAuthorization(Policies.Admin);
        dev.MapGet("/", (IClockTravel clock) => TypedResults.Ok(new ClockView(clock.UtcNow, (long)clock.Offset.TotalSeconds, 0)))
            .WithSummary("The host's current time and its offset from real time (Development only)");
        dev.MapPost("/advance", AdvanceAsync)
            .WithSummary("Move the clock forward by {days, hours, minutes} and fire the timers now due (Development only)")
            .Accepts<ClockAdvanceRequest>("application/json")
            .ProducesProblem(400);
    }

    private static async Task<Results<Ok<ClockView>, ProblemHttpResult>> AdvanceAsync(
        HttpContext http, IClockTravel clock, DueTimerFirer timers, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<ClockAdvanceRequest>(http.Request, ct);
        if (request.Days < 0 || request.Hours < 0 || request.Minutes < 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid request body", detail: "days, hours and minutes must not be negative: the clock only moves forward.");
        }

        var by = TimeSpan.FromDays(request.Days) + TimeSpan.FromHours(request.Hours) + TimeSpan.FromMinutes(request.Minutes);
        if (by > MaxStep)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid request body", detail: "days: one move may go at most 400 days forward.");
        }

        clock.Advance(by);
        var fired = await timers.FireDueAsync(ct);
        return TypedResults.Ok(new ClockView(clock.UtcNow, (long)clock.Offset.TotalSeconds, fired));
    }
}
