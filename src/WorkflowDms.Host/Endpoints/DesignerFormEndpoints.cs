using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowDms.Application.Designer;
using WorkflowDms.Application.Designer.Forms;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The designer's task forms (analysts and admins at HQ): form-js schemas by form key, drafts and versions.</summary>
internal sealed class DesignerFormEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var forms = api.MapGroup("/designer/forms").WithTags("Designer: forms").RequireAuthorization(Policies.Analyst);
        forms.MapGet("/", ListAsync).WithSummary("Every form key: latest version, draft, and the user tasks that use it");
        forms.MapGet("/{formKey}/versions", VersionsAsync).WithSummary("Published versions of a form, newest first")
            .Produces<IReadOnlyList<FormVersionView>>().ProducesProblem(404);
        forms.MapGet("/{formKey}/versions/{version:int}", VersionAsync).WithSummary("One published version with its form-js schema")
            .Produces<FormVersionDetailView>().ProducesProblem(404);
        forms.MapGet("/{formKey}/draft", DraftAsync).WithSummary("The shared draft (404 when there is none), with its validation")
            .Produces<FormDraftView>().ProducesProblem(404);
        forms.MapPut("/{formKey}/draft", SaveDraftAsync).WithSummary("Save the draft {schema, basedOnVersion?, etag?} (stored even when invalid; 409 when the etag is stale)")
            .Accepts<FormDraftRequest>("application/json").Produces<FormDraftView>().ProducesProblem(400).ProducesProblem(409).ProducesProblem(413);
        forms.MapDelete("/{formKey}/draft", DeleteDraftAsync).WithSummary("Discard the draft")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(404);
        forms.MapPost("/{formKey}/publish", PublishAsync).WithSummary("Publish the draft as the next version; the inbox renders it at once")
            .Accepts<PublishRequest>("application/json").Produces<FormVersionView>().ProducesProblem(404).ProducesProblem(422);
    }

    private static async Task<Ok<IReadOnlyList<FormSummaryView>>> ListAsync(HttpContext http, FormDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), ct));

    private static async Task<Ok<IReadOnlyList<FormVersionView>>> VersionsAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.VersionsAsync(http.Actor(), formKey, ct));

    private static async Task<Ok<FormVersionDetailView>> VersionAsync(string formKey, int version, HttpContext http, FormDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.VersionAsync(http.Actor(), formKey, version, ct));

    private static async Task<Ok<FormDraftView>> DraftAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct) =>
        TypedResults.Ok(await service.DraftAsync(http.Actor(), formKey, ct));

    private static async Task<Ok<FormDraftView>> SaveDraftAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<FormDraftRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SaveDraftAsync(http.Actor(), formKey, request, ct));
    }

    private static async Task<NoContent> DeleteDraftAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct)
    {
        await service.DeleteDraftAsync(http.Actor(), formKey, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<FormVersionView>, ProblemHttpResult>> PublishAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct)
    {
        var request = await DesignerBodies.OptionalAsync<PublishRequest>(http.Request, ct);
        var result = await service.PublishAsync(http.Actor(), formKey, request, ct);
        if (result.Published is { } published)
        {
            return TypedResults.Ok(published);
        }

        var problems = result.Refused!.Problems;
        return DesignerBodies.NotPublishable(
            $"The draft of form '{formKey}' cannot be published: {string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"))}",
            problems,
            problems.Select(p => $"{p.Path}: {p.Message}"),
            "schema");
    }
}
