using Microsoft.AspNetCore.Identity;

namespace WorkflowDms.Persistence.Identity;

/// <summary>
/// A staff user (HQ, region, branch) with the org node that bounds everything they may see. Kept here
/// rather than in the domain because ASP.NET Core Identity is infrastructure.
/// </summary>
public class AppUser : IdentityUser
{
    public Guid OrgNodeId { get; set; }

    /// <summary>Materialised path of <see cref="OrgNodeId"/>, copied so scope checks need no join.</summary>
    public string OrgPath { get; set; } = "";

    public string DisplayName { get; set; } = "";
}
