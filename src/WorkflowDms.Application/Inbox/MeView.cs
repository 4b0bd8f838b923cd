namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The signed-in staff user (GET /me): who they are, where in the org tree they sit, their groups, and the grants
/// (<c>group@/path/</c>) that decide which tasks reach their inbox.
/// </summary>
public sealed record MeView(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Grants,
    Guid OrgNodeId,
    string OrgNodeName,
    string OrgPath);
