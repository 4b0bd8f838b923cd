namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>Where the shipped rule sets and this project's test data are, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        // Walk up from bin/<config>/<tfm>/ to the folder holding the solution, so tests read the rules/ being edited.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WorkflowDms.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RulesDirectory => Path.Combine(Root.Value, "rules");

    public static string SamplesDirectory => Path.Combine(RulesDirectory, "samples");

    public static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
}
