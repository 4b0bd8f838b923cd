using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Designer;
using WorkflowDms.Application.Designer.RuleSets;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// The rule-set designer (analysts and admins at the root of the org tree): versions, the shared draft, expression
/// checks, samples, the test bench, publish and diff. See docs/rule-sets-api.md.
/// </summary>
internal sealed class DesignerRuleSetEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var sets = api.MapGroup("/designer/rule-sets").WithTags("Designer: rule sets").RequireAuthorization(Policies.Analyst);

        sets.MapGet("/", (HttpContext http, RuleSetDesigner d, CancellationToken ct) => d.ListAsync(http.Actor(), ct))
            .WithSummary("Rule sets with their latest version, rule count and whether a draft exists");
        sets.MapGet("/{name}/versions", (string name, HttpContext http, RuleSetDesigner d, CancellationToken ct) => d.VersionsAsync(http.Actor(), name, ct))
            .WithSummary("Published versions, newest first").ProducesProblem(404);
        sets.MapGet("/{name}/versions/{version:int}", (string name, int version, HttpContext http, RuleSetDesigner d, CancellationToken ct) => d.VersionAsync(http.Actor(), name, version, ct))
            .WithSummary("One version: inputs and rules").ProducesProblem(404);
        sets.MapGet("/{name}/draft", (string name, HttpContext http, RuleSetDesigner d, CancellationToken ct) => d.GetDraftAsync(http.Actor(), name, ct))
            .WithSummary("The shared draft with its compile problems (404 when there is none)").ProducesProblem(404);
        sets.MapPut("/{name}/draft", SaveDraftAsync)
            .WithSummary("Save the whole rule table as the draft (saved even when it does not compile)")
            .WithDescription("Body: {\"rules\": [RuleRow], \"etag\": \"…\" (required when a draft exists), \"basedOnVersion\": n (optional)}. 409 when the etag is stale.")
            .Accepts<RuleSetDraftRequest>("application/json").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        sets.MapDelete("/{name}/draft", DeleteDraftAsync).WithSummary("Discard the draft").ProducesProblem(404);
        sets.MapPost("/{name}/check-expression", CheckExpressionAsync)
            .WithSummary("Does one expression compile against the rule set's inputs? {ok, message}")
            .Accepts<CheckExpressionRequest>("application/json").ProducesProblem(400).ProducesProblem(404);
        sets.MapGet("/{name}/samples", (string name, HttpContext http, RuleSetDesigner d, CancellationToken ct) => d.SamplesAsync(http.Actor(), name, ct))
            .WithSummary("Shipped sample cases (facts) for the test bench").ProducesProblem(404);
        sets.MapPost("/{name}/test", TestAsync)
            .WithSummary("Run facts through the draft, the latest or a given version; every rule with fired true/false")
            .WithDescription("Body: {\"facts\": {...}, \"source\": \"draft\" | \"latest\" | n}. 400 naming the field when the facts do not fit the inputs; 422 when the draft does not compile.")
            .Accepts<RuleSetTestRequest>("application/json").ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        sets.MapPost("/{name}/publish", PublishAsync)
            .WithSummary("Publish the draft as the next version; new evaluations use it at once")
            .WithDescription("Body (optional): {\"comment\": \"…\"}. 422 with problems when the draft does not compile; 409 when a newer version appeared since the draft started.")
            .Accepts<PublishRequest>("application/json").ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        sets.MapGet("/{name}/diff", DiffAsync)
            .WithSummary("Rule-by-rule changes between two sides: version numbers, \"latest\" or \"draft\"").ProducesProblem(400).ProducesProblem(404);
    }

    private static async Task<RuleSetDraftView> SaveDraftAsync(string name, HttpContext http, RuleSetDesigner designer, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RuleSetDraftRequest>(http.Request, ct);
        return await designer.SaveDraftAsync(http.Actor(), name, request, ct);
    }

    private static async Task<NoContent> DeleteDraftAsync(string name, HttpContext http, RuleSetDesigner designer, CancellationToken ct)
    {
        await designer.DeleteDraftAsync(http.Actor(), name, ct);
        return TypedResults.NoContent();
    }

    private static async Task<ExpressionCheckView> CheckExpressionAsync(string name, HttpContext http, RuleSetDesigner designer, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<CheckExpressionRequest>(http.Request, ct);
        return await designer.CheckExpressionAsync(http.Actor(), name, request, ct);
    }

    private static async Task<RuleSetTestView> TestAsync(string name, HttpContext http, RuleSetDesigner designer, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RuleSetTestRequest>(http.Request, ct);
        return await designer.TestAsync(http.Actor(), name, request, ct);
    }

    private static async Task<IResult> PublishAsync(string name, HttpContext http, RuleSetDesigner designer, CancellationToken ct)
    {
        // The comment is optional, and so is the body that carries it.
        var request = http.Request.ContentLength is 0 || (http.Request.ContentLength is null && http.Request.ContentType is null)
            ? new PublishRequest(null)
            : (await JsonBody.ReadAsync<PublishRequest>(http.Request, ct)).Value;
        var result = await designer.PublishAsync(http.Actor(), name, request, ct);
        if (result.Published is { } version)
        {
            return TypedResults.Created($"/api/v1/designer/rule-sets/{name}/versions/{version.Version}", version);
        }

        return TypedResults.Problem(
            statusCode: 422,
            title: "The draft does not compile",
            detail: string.Join("; ", result.Problems.Select(p => p.ToString())),
            extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
    }

    private static Task<RuleSetDiffView> DiffAsync(
        string name, HttpContext http, RuleSetDesigner designer, [FromQuery] string? from, [FromQuery] string? to, CancellationToken ct) =>
        designer.DiffAsync(http.Actor(), name, from, to, ct);
}
