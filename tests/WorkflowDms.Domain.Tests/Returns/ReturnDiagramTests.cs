using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Domain.Tests.Returns;

/// <summary>
/// docs/lifecycles/return.mmd must be what Stateless exports from the code, so the documentation cannot drift
/// from the real lifecycle. Regenerate with WORKFLOWDMS_UPDATE_LIFECYCLES=1.
/// </summary>
public class ReturnDiagramTests
{
    [Fact]
    public void ReturnDiagram_MatchesTheCommittedFile()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "lifecycles", "return.mmd");
        var generated = Normalize(ReturnRequest.LifecycleAsMermaid());
        if (Environment.GetEnvironmentVariable("WORKFLOWDMS_UPDATE_LIFECYCLES") == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? Normalize(File.ReadAllText(path)) : "(missing)";
        Assert.True(committed == generated, $"docs/lifecycles/return.mmd is out of date with the code. Generated:{Environment.NewLine}{generated}");
    }

    [Fact]
    public void ReturnDiagram_ShowsEveryStatus()
    {
        var diagram = ReturnRequest.LifecycleAsMermaid();

        Assert.All(Enum.GetNames<ReturnStatus>(), name => Assert.Contains(name, diagram, StringComparison.Ordinal));
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
