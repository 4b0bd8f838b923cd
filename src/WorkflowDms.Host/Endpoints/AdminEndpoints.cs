using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowDms.Application.Access;
using WorkflowDms.Application.Admin;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// The organisation admin (admins change, auditors read; both only within their subtree) and staff
/// self-service for out-of-office substitution.
/// </summary>
internal sealed class AdminEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);

        admin.MapGet("/org-nodes", (HttpContext http, AdminService s, CancellationToken ct) => s.ListNodesAsync(http.Actor(), ct))
            .WithSummary("The org tree within the caller's scope, in path order");
        admin.MapGet("/org-nodes/{id:guid}", (Guid id, HttpContext http, AdminService s, CancellationToken ct) => s.GetNodeAsync(http.Actor(), id, ct))
            .WithSummary("One org node").ProducesProblem(404);
        admin.MapPost("/org-nodes", CreateNodeAsync).WithSummary("Create a region (under HQ) or a branch (under a region)")
            .Accepts<CreateOrgNodeRequest>("application/json").Produces<OrgNodeView>(201).ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/org-nodes/{id:guid}/rename", RenameNodeAsync).WithSummary("Rename an org node")
            .Accepts<RenameOrgNodeRequest>("application/json").ProducesProblem(400).ProducesProblem(404);
        admin.MapPost("/org-nodes/{id:guid}/move", MoveNodeAsync)
            .WithSummary("Move a node with its subtree under another parent within your scope; every stored org path below it follows in one transaction")
            .WithDescription("Body: {\"parentId\": \"…\", \"tier\": 1} (tier optional, dealers only). The placement rules of creation apply; HQ never moves, a node never moves below itself.")
            .Accepts<MoveOrgNodeRequest>("application/json").Produces<OrgNodeView>(200).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);

        admin.MapGet("/dealers", (HttpContext http, AdminService s, CancellationToken ct) => s.ListDealersAsync(http.Actor(), ct))
            .WithSummary("Dealers and service stations within the caller's scope");
        admin.MapGet("/dealers/{id:guid}", (Guid id, HttpContext http, AdminService s, CancellationToken ct) => s.GetDealerAsync(http.Actor(), id, ct))
            .WithSummary("One dealer with its warranty terms").ProducesProblem(404);
        admin.MapPost("/dealers", CreateDealerAsync).WithSummary("Create a dealer or service station (its org node and warranty terms)")
            .Accepts<CreateDealerRequest>("application/json").Produces<DealerView>(201).ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/dealers/{id:guid}/activate", (Guid id, HttpContext http, AdminService s, CancellationToken ct) => s.SetDealerActiveAsync(http.Actor(), id, true, ct))
            .WithSummary("Re-activate a dealer: its keys work again").ProducesProblem(404);
        admin.MapPost("/dealers/{id:guid}/deactivate", (Guid id, HttpContext http, AdminService s, CancellationToken ct) => s.SetDealerActiveAsync(http.Actor(), id, false, ct))
            .WithSummary("Deactivate a dealer: its API keys are refused").ProducesProblem(404);
        admin.MapGet("/dealers/{id:guid}/keys", (Guid id, HttpContext http, AdminService s, CancellationToken ct) => s.ListKeysAsync(http.Actor(), id, ct))
            .WithSummary("A dealer's API keys (metadata only)").ProducesProblem(404);
        admin.MapPost("/dealers/{id:guid}/keys", IssueKeyAsync).WithSummary("Issue an API key; the key is in this response only")
            .Accepts<IssueApiKeyRequest>("application/json").Produces<IssuedApiKeyView>(201).ProducesProblem(400).ProducesProblem(404);
        admin.MapPost("/dealers/{id:guid}/keys/{keyId:guid}/revoke", (Guid id, Guid keyId, HttpContext http, AdminService s, CancellationToken ct) => s.RevokeKeyAsync(http.Actor(), id, keyId, ct))
            .WithSummary("Revoke an API key (effective at once)").ProducesProblem(404);

        admin.MapGet("/users", (HttpContext http, AdminService s, CancellationToken ct) => s.ListUsersAsync(http.Actor(), ct))
            .WithSummary("Staff users within the caller's scope, with their grants");
        admin.MapGet("/users/{id}", (string id, HttpContext http, AdminService s, CancellationToken ct) => s.GetUserAsync(http.Actor(), id, ct))
            .WithSummary("One staff user with grants and role assignments").ProducesProblem(404);
        admin.MapPost("/users", CreateUserAsync).WithSummary("Create a staff user at a home org node")
            .Accepts<CreateStaffUserRequest>("application/json").Produces<StaffUserView>(201).ProducesProblem(400).ProducesProblem(409).ProducesProblem(422);
        admin.MapPost("/users/{id}/roles", AssignRoleAsync).WithSummary("Assign a role (group) at an org node within the user's home scope")
            .Accepts<AssignRoleRequest>("application/json").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        admin.MapDelete("/users/{id}/roles/{assignmentId:guid}", (string id, Guid assignmentId, HttpContext http, AdminService s, CancellationToken ct) => s.RemoveRoleAsync(http.Actor(), id, assignmentId, ct))
            .WithSummary("Remove a role assignment").ProducesProblem(404);

        var cover = api.MapGroup("/substitutions").WithTags("Substitutions").RequireAuthorization(Policies.Staff);
        cover.MapGet("/", (HttpContext http, SubstitutionService s, CancellationToken ct) => s.ListAsync(http.Actor(), ct))
            .WithSummary("Out-of-office covers where you are absent or substitute (admins: all in scope)");
        cover.MapPost("/", CreateSubstitutionAsync).WithSummary("Name a substitute for a period (admins may name the absent user)")
            .Accepts<SubstitutionRequest>("application/json").Produces<SubstitutionView>(201).ProducesProblem(400).ProducesProblem(422);
        cover.MapPost("/{id:guid}/cancel", (Guid id, HttpContext http, SubstitutionService s, CancellationToken ct) => s.CancelAsync(http.Actor(), id, ct))
            .WithSummary("End a cover now").ProducesProblem(404);
    }

    private static async Task<Created<OrgNodeView>> CreateNodeAsync(HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<CreateOrgNodeRequest>(http.Request, ct);
        var node = await service.CreateNodeAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/admin/org-nodes/{node.Id}", node);
    }

    private static async Task<Ok<OrgNodeView>> RenameNodeAsync(Guid id, HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<RenameOrgNodeRequest>(http.Request, ct);
        return TypedResults.Ok(await service.RenameNodeAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Ok<OrgNodeView>> MoveNodeAsync(Guid id, HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<MoveOrgNodeRequest>(http.Request, ct);
        return TypedResults.Ok(await service.MoveNodeAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Created<DealerView>> CreateDealerAsync(HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<CreateDealerRequest>(http.Request, ct);
        var dealer = await service.CreateDealerAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/admin/dealers/{dealer.Id}", dealer);
    }

    private static async Task<Created<IssuedApiKeyView>> IssueKeyAsync(Guid id, HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<IssueApiKeyRequest>(http.Request, ct);
        var issued = await service.IssueKeyAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/admin/dealers/{id}/keys", issued);
    }

    private static async Task<Created<StaffUserView>> CreateUserAsync(HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<CreateStaffUserRequest>(http.Request, ct);
        var user = await service.CreateUserAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/admin/users/{user.Id}", user);
    }

    private static async Task<Ok<StaffUserView>> AssignRoleAsync(string id, HttpContext http, AdminService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<AssignRoleRequest>(http.Request, ct);
        return TypedResults.Ok(await service.AssignRoleAsync(http.Actor(), id, request, ct));
    }

    private static async Task<Created<SubstitutionView>> CreateSubstitutionAsync(HttpContext http, SubstitutionService service, CancellationToken ct)
    {
        var (request, _) = await JsonBody.ReadAsync<SubstitutionRequest>(http.Request, ct);
        var view = await service.CreateAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/substitutions/{view.Id}", view);
    }
}
