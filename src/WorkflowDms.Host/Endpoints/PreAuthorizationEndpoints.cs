using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Claims;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Pre-authorisations: dealers request and correct them; each request runs workflows/pre-authorisation.bpmn, whose
/// review task the warranty reviewers (after 2 days the supervisors) decide in their inbox or through /decision.
/// </summary>
internal sealed class PreAuthorizationEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/pre-authorizations").WithTags("Pre-authorizations").RequireAuthorization(Policies.Authenticated);

        group.MapPost("/", RequestAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Request a pre-authorisation for a repair above the dealer's threshold (VIN, fault, planned lines, estimate)")
            .Accepts<PreAuthorizationSubmission>("application/json")
            .Produces<PreAuthorizationView>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(422);

        group.MapGet("/{id:guid}", GetAsync).WithSummary("Read a pre-authorisation");
        group.MapGet("/", ListAsync).WithSummary("List pre-authorisations in the caller's scope, newest first");

        group.MapPost("/{id:guid}/resubmit", ResubmitAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Resubmit a pre-authorisation that was sent back")
            .Accepts<PreAuthorizationSubmission>("application/json")
            .Produces<PreAuthorizationView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/{id:guid}/decision", DecideAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Decide the pre-authorisation's open review task (as POST /tasks/{id}/complete): approve with authorizedMaxAmount and validUntil, reject or send back with a reason")
            .Accepts<PreAuthorizationDecision>("application/json")
            .Produces<PreAuthorizationView>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static async Task<Created<PreAuthorizationView>> RequestAsync(HttpContext http, PreAuthorizationService service, CancellationToken ct)
    {
        var (submission, _) = await JsonBody.ReadAsync<PreAuthorizationSubmission>(http.Request, ct);
        var view = await service.RequestAsync(http.Actor(), submission, ct);
        return TypedResults.Created($"/api/v1/pre-authorizations/{view.Id}", view);
    }

    private static async Task<Ok<PreAuthorizationView>> GetAsync(Guid id, HttpContext http, PreAuthorizationService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<IReadOnlyList<PreAuthorizationView>>> ListAsync(
        HttpContext http, PreAuthorizationService service, [FromQuery] string? status, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), status, limit ?? 50, ct));

    private static async Task<Ok<PreAuthorizationView>> ResubmitAsync(Guid id, HttpContext http, PreAuthorizationService service, CancellationToken ct)
    {
        var (submission, _) = await JsonBody.ReadAsync<PreAuthorizationSubmission>(http.Request, ct);
        return TypedResults.Ok(await service.ResubmitAsync(http.Actor(), id, submission, ct));
    }

    private static async Task<Ok<PreAuthorizationView>> DecideAsync(Guid id, HttpContext http, PreAuthorizationService service, CancellationToken ct)
    {
        var (decision, _) = await JsonBody.ReadAsync<PreAuthorizationDecision>(http.Request, ct);
        return TypedResults.Ok(await service.DecideAsync(http.Actor(), id, decision, ct));
    }
}
