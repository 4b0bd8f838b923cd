namespace WorkflowDms.Domain.Access;

/// <summary>
/// One role held at one org node: the holder acts as <paramref name="Group"/> on everything whose org path
/// starts with <paramref name="OrgPath"/>. A user holds one grant per role assignment.
/// </summary>
/// <param name="Group">The staff group (Identity role and BPMN candidate group), e.g. <c>warranty-reviewers</c>.</param>
/// <param name="OrgPath">Materialised path of the node the role is held at, ending in '/'.</param>
public sealed record AccessGrant(string Group, string OrgPath)
{
    /// <summary>Separator of the claim form <c>group@/HQ/R1/</c>; group names never contain it.</summary>
    public const char Separator = '@';

    /// <summary>Whether this grant lets its holder act as <paramref name="group"/> at <paramref name="orgPath"/>.</summary>
    public bool Covers(string group, string orgPath) =>
        string.Equals(Group, group, StringComparison.Ordinal) && orgPath is not null && orgPath.StartsWith(OrgPath, StringComparison.Ordinal);

    /// <summary>The claim value, <c>group@/HQ/R1/</c>.</summary>
    public override string ToString() => Group + Separator + OrgPath;

    /// <summary>Parses a claim value written by <see cref="ToString"/>; null when it is not one.</summary>
    public static AccessGrant? Parse(string value)
    {
        var at = value?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (at <= 0 || at == value!.Length - 1)
        {
            return null;
        }

        var path = value[(at + 1)..];
        return path[0] == '/' && path[^1] == '/' ? new AccessGrant(value[..at], path) : null;
    }
}
