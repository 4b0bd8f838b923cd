namespace WorkflowDms.Domain.Organisation;

/// <summary>
/// The subtree a caller may see: every materialised org path that starts with <see cref="Path"/>.
/// Paths always end in '/', so <c>/HQ/R1/</c> never matches <c>/HQ/R10/</c>.
/// </summary>
public readonly record struct OrgScope
{
    public OrgScope(string path)
    {
        OrgPath.EnsureValid(path);
        Path = path;
    }

    public string Path { get; }

    public bool Contains(string path) =>
        Path is not null && path is not null && path.StartsWith(Path, StringComparison.Ordinal);

    public bool Contains(OrgScope other) => Contains(other.Path);

    public override string ToString() => Path ?? "";
}
