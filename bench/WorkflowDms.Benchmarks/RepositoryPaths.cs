namespace WorkflowDms.Benchmarks;

/// <summary>
/// Finds the repository from wherever BenchmarkDotNet runs the benchmark process (its generated project lives under
/// bin/), so the shipped rules and the fixtures are read in place rather than copied.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Fixture(string name) => Path.Combine(Root, "bench", "WorkflowDms.Benchmarks", "Fixtures", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowDms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No WorkflowDms.sln above {AppContext.BaseDirectory}.");
    }
}
