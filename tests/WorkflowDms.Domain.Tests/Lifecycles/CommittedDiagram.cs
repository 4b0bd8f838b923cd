namespace WorkflowDms.Domain.Tests.Lifecycles;

/// <summary>
/// Checks a Stateless-exported Mermaid diagram against its committed file in <c>docs/lifecycles/</c>, so the
/// documentation cannot drift from the code. With WORKFLOWDMS_UPDATE_LIFECYCLES=1 it rewrites the file first.
/// </summary>
internal static class CommittedDiagram
{
    private const string UpdateVariable = "WORKFLOWDMS_UPDATE_LIFECYCLES";

    public static void AssertMatches(string fileName, string generated)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "lifecycles", fileName);
        var expected = Normalize(generated);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        var committed = File.Exists(path) ? Normalize(File.ReadAllText(path)) : "(missing)";
        Assert.True(
            committed == expected,
            $"docs/lifecycles/{fileName} is out of date with the code. Regenerate it with:{Environment.NewLine}"
            + $"  {UpdateVariable}=1 dotnet test --project tests/WorkflowDms.Domain.Tests{Environment.NewLine}"
            + $"and commit the file.{Environment.NewLine}Generated:{Environment.NewLine}{expected}");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WorkflowDms.sln not found above " + AppContext.BaseDirectory);
    }
}
