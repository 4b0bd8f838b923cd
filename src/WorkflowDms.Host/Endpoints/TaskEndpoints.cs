using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The approver's inbox: tasks of the caller's groups within the caller's org scope, and the case beside each.</summary>
internal sealed class TaskEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);

        tasks.MapGet("/", GetInboxAsync)
            .WithSummary("The caller's inbox: view=mine|groups|all, caseType, status=open|claimed|completed, due=overdue|today|week, dealer (code), minAmount/maxAmount (minor units), sort=due|-due|created|-created|amount|-amount; keyset paging with 'after'")
            .ProducesProblem(400);
        tasks.MapGet("/filters", ListFiltersAsync).WithSummary("The caller's saved inbox filters");
        tasks.MapPost("/filters", SaveFilterAsync).WithSummary("Save an inbox filter {name, query:{view, caseType, status, due, dealer, minAmount, maxAmount, sort}}")
            .Accepts<SavedFilterRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        tasks.MapDelete("/filters/{id:guid}", DeleteFilterAsync).WithSummary("Delete one of the caller's saved filters")
            .ProducesProblem(404);
        tasks.MapPost("/bulk-complete", BulkCompleteAsync)
            .WithSummary("The same decision on several tasks, each in its own transaction; one result per task with the status its own completion would have had")
            .Accepts<BulkCompleteRequest>("application/json")
            .ProducesProblem(400);
        tasks.MapGet("/{id:guid}", GetAsync).WithSummary("One task with its case");
        tasks.MapGet("/{id:guid}/case", GetCaseAsync).WithSummary("The task's case: data, rule results with reasons, audit timeline, process position and path taken")
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("Take the task (assign it to yourself)")
            .ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/unclaim", UnclaimAsync).WithSummary("Give the task back to the group")
            .ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/complete", CompleteAsync).WithSummary("Decide: approve, reject or send-back (inspection: accepted, no-fault-found, missing, damaged)")
            .Accepts<TaskDecision>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        tasks.MapPost("/{id:guid}/delegate", DelegateAsync).WithSummary("Hand the task to another staff user {to: email} who could see and decide it")
            .Accepts<DelegateRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        tasks.MapGet("/{id:guid}/comments", ListCommentsAsync).WithSummary("Comments on the task, oldest first")
            .ProducesProblem(404);
        tasks.MapPost("/{id:guid}/comments", CommentAsync).WithSummary("Comment on the task {text}; audited on its case")
            .Accepts<TaskCommentRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(404);
    }

    private static async Task<Ok<TaskPage>> GetInboxAsync(
        HttpContext http,
        InboxService inbox,
        [FromQuery] string? view,
        [FromQuery] string? caseType,
        [FromQuery] string? status,
        [FromQuery] string? due,
        [FromQuery] string? dealer,
        [FromQuery] string? minAmount,
        [FromQuery] string? maxAmount,
        [FromQuery] string? sort,
        [FromQuery] string? after,
        [FromQuery] string? limit,
        CancellationToken ct)
    {
        var query = InboxQuery.Parse(view, caseType, status, due, dealer, minAmount, maxAmount, sort);
        return TypedResults.Ok(await inbox.GetInboxAsync(http.Actor(), query, string.IsNullOrEmpty(after) ? null : after, InboxQuery.Limit(limit), ct));
    }

    private static async Task<Ok<TaskView>> GetAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskCaseView>> GetCaseAsync(Guid id, HttpContext http, TaskCases cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> ClaimAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ClaimAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> UnclaimAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.UnclaimAsync(http.Actor(), id, ct));

    private static async Task<Ok<TaskView>> CompleteAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct)
    {
        var (decision, _) = await JsonBody.ReadAsync<TaskDecision>(http.Request, ct);
        return TypedResults.Ok(await inbox.CompleteAsync(http.Actor(), id, decision, ct));
    }

    private static async Task<Ok<TaskView>> DelegateAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<DelegateRequest>(http.Request, ct);
        return TypedResults.Ok(await inbox.DelegateAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<IReadOnlyList<BulkItemResult>>> BulkCompleteAsync(HttpContext http, InboxService inbox, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<BulkCompleteRequest>(http.Request, ct);
        return TypedResults.Ok(await inbox.BulkCompleteAsync(http.Actor(), request, ct));
    }

    private static async Task<Ok<IReadOnlyList<TaskCommentView>>> ListCommentsAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.CommentsAsync(http.Actor(), id, ct));

    private static async Task<Created<TaskCommentView>> CommentAsync(Guid id, HttpContext http, InboxService inbox, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<TaskCommentRequest>(http.Request, ct);
        var comment = await inbox.CommentAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/tasks/{id}/comments", comment);
    }

    private static async Task<Ok<IReadOnlyList<SavedFilterView>>> ListFiltersAsync(HttpContext http, SavedFilters filters, CancellationToken ct) =>
        TypedResults.Ok(await filters.ListAsync(http.Actor(), ct));

    private static async Task<Created<SavedFilterView>> SaveFilterAsync(HttpContext http, SavedFilters filters, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<SavedFilterRequest>(http.Request, ct);
        var filter = await filters.SaveAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/tasks/filters/{filter.Id}", filter);
    }

    private static async Task<NoContent> DeleteFilterAsync(Guid id, HttpContext http, SavedFilters filters, CancellationToken ct)
    {
        await filters.DeleteAsync(http.Actor(), id, ct);
        return TypedResults.NoContent();
    }
}
