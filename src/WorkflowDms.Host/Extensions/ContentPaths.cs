namespace WorkflowDms.Host.Extensions;

/// <summary>
/// Finds the workflows/ and rules/ folders: an absolute path as given; a relative one next to the binaries
/// (the build copies them there), else under the current directory.
/// </summary>
internal static class ContentPaths
{
    public static string Resolve(string configured, string fallbackName)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, configured);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        var current = Path.GetFullPath(configured);
        return Directory.Exists(current) ? current : Path.Combine(AppContext.BaseDirectory, fallbackName);
    }
}
