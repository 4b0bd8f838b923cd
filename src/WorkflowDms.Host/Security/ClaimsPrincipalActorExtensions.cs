using System.Security.Claims;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Access;

namespace WorkflowDms.Host.Security;

/// <summary>Turns the authenticated principal into the application's <see cref="Actor"/>.</summary>
internal static class ClaimsPrincipalActorExtensions
{
    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var kind = principal.FindFirstValue(ActorClaimTypes.Kind) == "dealer" ? ActorKind.Dealer : ActorKind.User;
        var orgPath = principal.FindFirstValue(ActorClaimTypes.OrgPath);
        if (string.IsNullOrEmpty(orgPath))
        {
            // A principal without a scope sees nothing: fail closed rather than default to the whole tree.
            throw new UnauthorizedAccessException("The caller has no org scope.");
        }

        var dealerId = Guid.TryParse(principal.FindFirstValue(ActorClaimTypes.DealerId), out var d) ? d : (Guid?)null;
        var groups = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        // Grants outside the caller's own subtree are ignored: a grant may narrow, never widen, what one sees.
        var grants = principal.FindAll(ActorClaimTypes.Grant)
            .Select(c => AccessGrant.Parse(c.Value))
            .OfType<AccessGrant>()
            .Where(g => g.OrgPath.StartsWith(orgPath, StringComparison.Ordinal))
            .ToList();
        var actor = new Actor(
            kind,
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue(ClaimTypes.Email) ?? "",
            orgPath,
            groups,
            dealerId);

        // A principal issued before grants existed carries none: its roles count at its home node.
        return kind == ActorKind.User && principal.HasClaim(c => c.Type == ActorClaimTypes.Grant) ? actor with { Grants = grants } : actor;
    }
}
