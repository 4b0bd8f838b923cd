using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Designer;
using WorkflowDms.Application.Designer.Workflows;
using WorkflowDms.Host.Security;
using WorkflowDms.Rules;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// The designer's workflows (analysts and admins at HQ): versions with running instances, the shared draft,
/// validation with the engine's reader, publish as the next version, diff by element, and what the palette may offer.
/// </summary>
internal sealed class DesignerWorkflowEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var designer = api.MapGroup("/designer").WithTags("Designer: workflows").RequireAuthorization(Policies.Analyst);
        designer.MapGet("/capabilities", CapabilitiesAsync)
            .WithSummary("What the palette and properties panel may offer: executed elements, honoured camunda attributes, task topics, rule sets, form keys, candidate groups");

        var workflows = designer.MapGroup("/workflows");
        workflows.MapGet("/", ListAsync).WithSummary("Every process: latest version, versions, draft, running instances");
        workflows.MapPost("/validate", ValidateAsync).WithSummary("Validate BPMN XML with the engine's reader (nothing is stored)")
            .Accepts<WorkflowValidateRequest>("application/json").Produces<WorkflowValidationView>().ProducesProblem(400);
        workflows.MapGet("/{processId}/versions", VersionsAsync).WithSummary("Published versions, newest first, with publisher, time, source and running instances")
            .Produces<IReadOnlyList<WorkflowVersionView>>().ProducesProblem(404);
        workflows.MapGet("/{processId}/versions/{version:int}", VersionAsync).WithSummary("One published version with its BPMN XML")
            .Produces<WorkflowVersionDetailView>().ProducesProblem(404);
        workflows.MapGet("/{processId}/draft", DraftAsync).WithSummary("The shared draft (404 when there is none), with its validation")
            .Produces<WorkflowDraftView>().ProducesProblem(404);
        workflows.MapPut("/{processId}/draft", SaveDraftAsync).WithSummary("Save the draft (stored even when invalid; send the etag you read; 409 when stale)")
            .Accepts<WorkflowDraftRequest>("application/json").Produces<WorkflowDraftView>().ProducesProblem(400).ProducesProblem(409).ProducesProblem(413);
        workflows.MapDelete("/{processId}/draft", DeleteDraftAsync).WithSummary("Discard the draft")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(404);
        workflows.MapPost("/{processId}/publish", PublishAsync).WithSummary("Publish the draft as the next version; new instances start on it, running ones stay on theirs")
            .WithDescription("422 with problems [{elementId, elementType, message}] when the engine would refuse the draft; nothing is stored then.")
            .Accepts<PublishRequest>("application/json").Produces<WorkflowVersionView>().ProducesProblem(404).ProducesProblem(422);
        workflows.MapGet("/{processId}/diff", DiffAsync).WithSummary("What changed between two versions, by BPMN element id (attributes, camunda:*, conditions, timers, flows)")
            .Produces<WorkflowDiffView>().ProducesProblem(400).ProducesProblem(404);
    }

    private static async Task<Ok<DesignerCapabilitiesView>> CapabilitiesAsync(HttpContext http, DesignerCapabilities capabilities, RuleSetCatalog rules, CancellationToken ct) =>
        TypedResults.Ok(await capabilities.GetAsync(http.Actor(), rules.RuleSetNames, ct));

    private static async Task<Ok<IReadOnlyList<WorkflowSummaryView>>> ListAsync(HttpContext http, WorkflowDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), ct));

    private static async Task<Ok<WorkflowValidationView>> ValidateAsync(HttpContext http, WorkflowDesignerService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<WorkflowValidateRequest>(http.Request, ct);
        return TypedResults.Ok(await service.ValidateAsync(http.Actor(), request, ct));
    }

    private static async Task<Ok<IReadOnlyList<WorkflowVersionView>>> VersionsAsync(string processId, HttpContext http, WorkflowDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.VersionsAsync(http.Actor(), processId, ct));

    private static async Task<Ok<WorkflowVersionDetailView>> VersionAsync(string processId, int version, HttpContext http, WorkflowDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.VersionAsync(http.Actor(), processId, version, ct));

    private static async Task<Ok<WorkflowDraftView>> DraftAsync(string processId, HttpContext http, WorkflowDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.DraftAsync(http.Actor(), processId, ct));

    private static async Task<Ok<WorkflowDraftView>> SaveDraftAsync(string processId, HttpContext http, WorkflowDesignerService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<WorkflowDraftRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SaveDraftAsync(http.Actor(), processId, request, ct));
    }

    private static async Task<NoContent> DeleteDraftAsync(string processId, HttpContext http, WorkflowDesignerService service, CancellationToken ct)
    {
        await service.DeleteDraftAsync(http.Actor(), processId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WorkflowVersionView>, ProblemHttpResult>> PublishAsync(string processId, HttpContext http, WorkflowDesignerService service, CancellationToken ct)
    {
        var request = await DesignerBodies.OptionalAsync<PublishRequest>(http.Request, ct);
        var result = await service.PublishAsync(http.Actor(), processId, request, ct);
        if (result.Published is { } published)
        {
            return TypedResults.Ok(published);
        }

        var problems = result.Refused!.Problems;
        return DesignerBodies.NotPublishable(
            $"The draft of '{processId}' cannot be published: {string.Join("; ", problems.Select(p => $"{p.ElementId} {p.ElementType}: {p.Message}"))}",
            problems,
            problems.Select(p => $"{p.ElementId} {p.ElementType}: {p.Message}"),
            "xml");
    }

    private static async Task<Ok<WorkflowDiffView>> DiffAsync(
        string processId, HttpContext http, WorkflowDesignerService service, [FromQuery] int? from, [FromQuery] int? to, CancellationToken ct) =>
        TypedResults.Ok(await service.DiffAsync(http.Actor(), processId, from, to, ct));
}
