using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The approver's inbox: tasks of the caller's groups within the caller's org scope.</summary>
internal sealed class TaskEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);

        tasks.MapGet("/", GetInboxAsync).WithSummary("The caller's inbox, by due date (keyset paging with 'after')");
        tasks.MapGet("/{id:guid}", GetAsync).WithSummary("One task with its case");
        tasks.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("Take the task (assign it to yourself)")
            .ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/unclaim", UnclaimAsync).WithSummary("Give the task back to the group")
            .ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/complete", CompleteAsync).WithSummary("Decide: approve, reject or send-back (inspection: accepted, no-fault-found, missing, damaged)")
            .Accepts<TaskDecision>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Ok<TaskPage>> GetInboxAsync(
        HttpContext http, InboxService inbox, [FromQuery] string? after, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetInboxAsync(http.Actor(), after, limit ?? 50, ct));

    private static async Task<Ok<TaskView>> GetAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> ClaimAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ClaimAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> UnclaimAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.UnclaimAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> CompleteAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct)
    {
        var (decision, _) = await JsonBody.ReadAsync<TaskDecision>(http.Request, ct);
        return TypedResults.Ok(await inbox.CompleteAsync(http.Actor(), id, decision, ct));
    }
}
