namespace WorkflowDms.Content.Tests;

/// <summary>The repository's shipped content folders, found from the test binaries upward.</summary>
internal static class ContentPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WorkflowDms.sln not found above " + AppContext.BaseDirectory);
    }
}
