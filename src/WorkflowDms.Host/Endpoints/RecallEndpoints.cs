using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Recall campaigns: recall managers define, import, launch, close and supersede; dealers list their open
/// campaign vehicles and claim remedies; service advisors look a VIN up. Every route is limited to the caller's org scope.
/// </summary>
internal sealed class RecallEndpoints : IEndpointModule
{
    /// <summary>Staff in the recall-managers group (role check); the org scope is checked in every use case.</summary>
    private static readonly AuthorizationPolicy Managers = new AuthorizationPolicyBuilder()
        .RequireClaim(ActorClaimTypes.Kind, "user")
        .RequireRole(RecallGroups.Managers)
        .Build();

    public void Map(IEndpointRouteBuilder api)
    {
        var recalls = api.MapGroup("/recalls").WithTags("Recalls").RequireAuthorization(Policies.Authenticated);

        recalls.MapPost("/", CreateAsync).RequireAuthorization(Managers)
            .WithSummary("Create a recall campaign (Draft): type, priority, remedy labour operation and parts, parts availability, expiry")
            .Accepts<RecallCampaignRequest>("application/json")
            .Produces<RecallCampaignView>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        recalls.MapGet("/", ListAsync).WithSummary("Campaigns of the caller's subtree and published campaigns, newest first");
        recalls.MapGet("/{id:guid}", GetAsync).WithSummary("A campaign; vehicle counts are limited to the caller's scope")
            .Produces<RecallCampaignView>().ProducesProblem(404);
        recalls.MapGet("/open-vehicles", OpenVehiclesAsync)
            .WithSummary("Open (unremedied) vehicles of open campaigns in the caller's scope, by VIN (keyset paging; stopSale=true for stock under stop-sale)");
        recalls.MapGet("/{id:guid}/completion", CompletionAsync)
            .WithSummary("Completion rate (remedied / affected) overall, per region and per dealer, within the caller's scope")
            .Produces<CompletionView>().ProducesProblem(404);

        recalls.MapPost("/{id:guid}/imports", ImportAsync).RequireAuthorization(Managers)
            .WithSummary("Upload a VIN list (text/csv: vin[,dealerCode[,productionDate[,modelGroup[,phase]]]] per line, or JSON); answered 202, processed in batches in the background")
            .WithDescription("Query createMissingVehicles=true (CSV) or the JSON field of that name registers unknown VINs as stock of the given dealer (production date required). Invalid or unknown VINs are reported per line.")
            .Produces<RecallImportView>(StatusCodes.Status202Accepted).ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(415);
        recalls.MapGet("/{id:guid}/imports", ImportsAsync).RequireAuthorization(Managers).WithSummary("The campaign's imports and their progress");
        recalls.MapGet("/{id:guid}/imports/{importId:guid}", ImportProgressAsync).RequireAuthorization(Managers)
            .WithSummary("Progress of an import: status, total, processed, accepted, rejected").Produces<RecallImportView>().ProducesProblem(404);
        recalls.MapGet("/{id:guid}/imports/{importId:guid}/rejections", RejectionsAsync).RequireAuthorization(Managers)
            .WithSummary("The import's rejected lines with their reasons (afterLine paging)").ProducesProblem(404);
        recalls.MapPost("/{id:guid}/vin-range", AddVinRangeAsync).RequireAuthorization(Managers)
            .WithSummary("Add the vehicle master's VINs in a range (same WMI/VDS) and production dates (R-01)")
            .Accepts<VinRangeRequest>("application/json")
            .Produces<RecallCampaignView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        recalls.MapPost("/{id:guid}/launch", LaunchAsync).RequireAuthorization(Managers)
            .WithSummary("Start the recall-campaign process: dealer notice and stop-sale, launch gate (R-06), launch, owner notice")
            .Produces<RecallCampaignView>().ProducesProblem(404).ProducesProblem(409);
        recalls.MapPost("/{id:guid}/launch-conditions", LaunchConditionsAsync).RequireAuthorization(Managers)
            .WithSummary("Change parts availability, the gate's minimum or the open phase; a held launch is re-evaluated at once")
            .Accepts<LaunchConditionsRequest>("application/json")
            .Produces<RecallCampaignView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        recalls.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Managers)
            .WithSummary("Close a campaign; stop-sale flags of its remaining vehicles are lifted")
            .Accepts<CloseCampaignRequest>("application/json")
            .Produces<RecallCampaignView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        recalls.MapPost("/{id:guid}/supersede", SupersedeAsync).RequireAuthorization(Managers)
            .WithSummary("Supersede a campaign by another campaign number (R-10); claims are redirected there")
            .Accepts<SupersedeCampaignRequest>("application/json")
            .Produces<RecallCampaignView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        recalls.MapPost("/{id:guid}/vehicles/{vin}/disposition", DispositionAsync).RequireAuthorization(Managers)
            .WithSummary("Set a campaign VIN NotApplicable or Excluded (scrapped, exported)")
            .Accepts<VehicleDispositionRequest>("application/json")
            .Produces<CampaignVehicleView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/vehicles/{vin}/campaigns", VehicleCampaignsAsync).WithTags("Recalls").RequireAuthorization(Policies.Authenticated)
            .WithSummary("A VIN's recall campaigns for the service advisor (R-15): open campaigns, stop-sale, remedied ones")
            .Produces<VehicleCampaignsView>().ProducesProblem(404);

        var claims = api.MapGroup("/recall-claims").WithTags("Recalls").RequireAuthorization(Policies.Authenticated);
        claims.MapPost("/", SubmitClaimAsync).RequireAuthorization(Policies.Dealer)
            .WithSummary("Claim a campaign's remedy for a VIN: accepted claims remedy the VIN (R-11); refusals are 422 naming the rule")
            .Accepts<RecallClaimRequest>("application/json")
            .Produces<RecallClaimView>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        claims.MapGet("/", ListClaimsAsync).WithSummary("Recall claims in the caller's scope, newest first (keyset paging)");
        claims.MapGet("/{id:guid}", GetClaimAsync).WithSummary("A recall claim").Produces<RecallClaimView>().ProducesProblem(404);
        claims.MapPost("/{id:guid}/decision", DecideClaimAsync).RequireAuthorization(Managers)
            .WithSummary("Approve or reject a recall claim held for related damage (W-41)")
            .Accepts<RecallClaimDecisionRequest>("application/json")
            .Produces<RecallClaimView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Created<RecallCampaignView>> CreateAsync(HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RecallCampaignRequest>(http.Request, ct);
        var view = await service.CreateAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/recalls/{view.Id}", view);
    }

    private static async Task<Ok<IReadOnlyList<RecallCampaignView>>> ListAsync(HttpContext http, RecallCampaignService service, [FromQuery] string? status, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), status, ct));

    private static async Task<Ok<RecallCampaignView>> GetAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<CampaignVehiclePage>> OpenVehiclesAsync(
        HttpContext http, RecallQueries queries, [FromQuery] Guid? campaignId, [FromQuery] bool? stopSale, [FromQuery] string? after, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await queries.OpenVehiclesAsync(http.Actor(), campaignId, stopSale, after, limit ?? 100, ct));

    private static async Task<Ok<CompletionView>> CompletionAsync(Guid id, HttpContext http, RecallQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.CompletionAsync(http.Actor(), id, ct));

    private static async Task<Accepted<RecallImportView>> ImportAsync(Guid id, HttpContext http, RecallImportService imports, [FromQuery] bool? createMissingVehicles, CancellationToken ct)
    {
        var contentType = http.Request.ContentType ?? "";
        RecallImportView view;
        if (contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(http.Request.Body);
            view = await imports.QueueCsvAsync(http.Actor(), id, await reader.ReadToEndAsync(ct), createMissingVehicles ?? false, ct);
        }
        else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var (upload, _) = await JsonBody.ReadAsync<RecallImportUpload>(http.Request, ct);
            view = await imports.QueueJsonAsync(http.Actor(), id, upload, ct);
        }
        else
        {
            throw new RequestBodyException(415, "Unsupported media type", "Upload the VIN list as text/csv or application/json.");
        }

        return TypedResults.Accepted($"/api/v1/recalls/{id}/imports/{view.Id}", view);
    }

    private static async Task<Ok<IReadOnlyList<RecallImportView>>> ImportsAsync(Guid id, HttpContext http, RecallImportService imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.ListAsync(http.Actor(), id, ct));

    private static async Task<Ok<RecallImportView>> ImportProgressAsync(Guid id, Guid importId, HttpContext http, RecallImportService imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.GetAsync(http.Actor(), id, importId, ct));

    private static async Task<Ok<IReadOnlyList<RecallImportRejectionView>>> RejectionsAsync(
        Guid id, Guid importId, HttpContext http, RecallImportService imports, [FromQuery] int? afterLine, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await imports.RejectionsAsync(http.Actor(), id, importId, afterLine ?? 0, limit ?? 200, ct));

    private static async Task<Ok<RecallCampaignView>> AddVinRangeAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<VinRangeRequest>(http.Request, ct);
        return TypedResults.Ok(await service.AddVinRangeAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<RecallCampaignView>> LaunchAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct) =>
        TypedResults.Ok(await service.LaunchAsync(http.Actor(), id, ct));

    private static async Task<Ok<RecallCampaignView>> LaunchConditionsAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<LaunchConditionsRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SetLaunchConditionsAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<RecallCampaignView>> CloseAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<CloseCampaignRequest>(http.Request, ct);
        return TypedResults.Ok(await service.CloseAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<RecallCampaignView>> SupersedeAsync(Guid id, HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<SupersedeCampaignRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SupersedeAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<CampaignVehicleView>> DispositionAsync(Guid id, string vin, HttpContext http, RecallCampaignService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<VehicleDispositionRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SetDispositionAsync(http.Actor(), id, vin, request, ct));
    }

    private static async Task<Ok<VehicleCampaignsView>> VehicleCampaignsAsync(string vin, HttpContext http, RecallQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VehicleCampaignsAsync(http.Actor(), vin, ct));

    private static async Task<Created<RecallClaimView>> SubmitClaimAsync(HttpContext http, RecallClaimService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RecallClaimRequest>(http.Request, ct);
        var view = await service.SubmitAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/recall-claims/{view.Id}", view);
    }

    private static async Task<Ok<RecallClaimPage>> ListClaimsAsync(HttpContext http, RecallClaimService service, [FromQuery] string? after, [FromQuery] int? limit, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(http.Actor(), after, limit ?? 50, ct));

    private static async Task<Ok<RecallClaimView>> GetClaimAsync(Guid id, HttpContext http, RecallClaimService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(http.Actor(), id, ct));

    private static async Task<Ok<RecallClaimView>> DecideClaimAsync(Guid id, HttpContext http, RecallClaimService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RecallClaimDecisionRequest>(http.Request, ct);
        return TypedResults.Ok(await service.DecideAsync(http.Actor(), id, request, ct));
    }
}
