using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Adds the user's org scope to the principal Identity issues, so the bearer token and the cookie carry it
/// and no request needs a database round trip to learn what the caller may see.
/// </summary>
internal sealed class ActorClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActorClaimTypes.Kind, "user"));
        identity.AddClaim(new Claim(ActorClaimTypes.OrgPath, user.OrgPath));
        identity.AddClaim(new Claim(ActorClaimTypes.OrgNodeId, user.OrgNodeId.ToString()));
        return identity;
    }
}
