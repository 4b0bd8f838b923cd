using WorkflowDms.Domain.Access;

namespace WorkflowDms.Application.Security;

/// <summary>
/// The caller of a use case and its org scope. Every query and command is limited to
/// <see cref="OrgPath"/>'s subtree (materialised path prefix, e.g. <c>/HQ/R1/</c>).
/// </summary>
/// <param name="Kind">User, dealer or system.</param>
/// <param name="Id">User id, dealer id, or "system".</param>
/// <param name="Name">E-mail, dealer code, or "system": what the audit trail shows.</param>
/// <param name="OrgPath">The root of the caller's scope, ending in '/'.</param>
/// <param name="Groups">Candidate groups / roles (staff only).</param>
/// <param name="DealerId">The dealer, when the caller is one.</param>
public sealed record Actor(
    ActorKind Kind,
    string Id,
    string Name,
    string OrgPath,
    IReadOnlySet<string> Groups,
    Guid? DealerId = null)
{
    private readonly IReadOnlyList<AccessGrant>? grants;

    /// <summary>The engine acting on its own (timers), scoped to everything.</summary>
    public static Actor System { get; } = new(ActorKind.System, "system", "system", "/", new HashSet<string>());

    /// <summary>
    /// The roles the caller holds, each at an org node (<c>warranty-reviewers@/HQ/R2/B21/</c>). When none were
    /// given (dealers, the system, callers built before grants existed) every group counts as held at
    /// <see cref="OrgPath"/>, the behaviour of a plain Identity role at the user's home node.
    /// </summary>
    public IReadOnlyList<AccessGrant> Grants
    {
        get => grants ?? [.. Groups.Select(g => new AccessGrant(g, OrgPath))];
        init => grants = value;
    }

    /// <summary>True when a record at <paramref name="orgPath"/> lies within this caller's subtree.</summary>
    public bool CanSee(string orgPath) => orgPath.StartsWith(OrgPath, StringComparison.Ordinal);

    public bool IsInGroup(string group) => Groups.Contains(group);

    /// <summary>Whether the caller holds <paramref name="group"/> at a node above (or at) <paramref name="orgPath"/>.</summary>
    public bool Holds(string group, string orgPath) =>
        orgPath is not null && CanSee(orgPath) && Grants.Any(g => g.Covers(group, orgPath));

    /// <summary>The audit trail's name for the actor kind.</summary>
    public string KindName => Kind switch
    {
        ActorKind.User => "user",
        ActorKind.Dealer => "dealer",
        _ => "system",
    };
}
