using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The signed-in staff user, for the web app (name, org node, groups and grants).</summary>
internal sealed class MeEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", GetAsync).WithTags("Auth").RequireAuthorization(Policies.Staff)
            .WithSummary("The signed-in staff user: e-mail, display name, groups, grants, org node and path");

    private static async Task<Ok<MeView>> GetAsync(HttpContext http, StaffProfiles profiles, CancellationToken ct) =>
        TypedResults.Ok(await profiles.GetAsync(http.Actor(), ct));
}
