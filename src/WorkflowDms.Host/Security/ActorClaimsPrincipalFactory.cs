using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowDms.Application.Access;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Adds the user's org scope and grants (one <see cref="ActorClaimTypes.Grant"/> claim per role held at an org
/// node) to the principal Identity issues, so the bearer token and the cookie carry them and no request needs a
/// database round trip to learn what the caller may see. Grants change at the next sign-in.
/// </summary>
internal sealed class ActorClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    WorkflowDmsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActorClaimTypes.Kind, "user"));
        identity.AddClaim(new Claim(ActorClaimTypes.OrgPath, user.OrgPath));
        identity.AddClaim(new Claim(ActorClaimTypes.OrgNodeId, user.OrgNodeId.ToString()));
        foreach (var grant in await AccessGrants.ForUserAsync(db, user.Id, user.OrgPath, CancellationToken.None))
        {
            identity.AddClaim(new Claim(ActorClaimTypes.Grant, grant.ToString()));
        }

        return identity;
    }
}
