using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Domain.Tests.Recalls;

/// <summary>docs/lifecycles/recall.mmd must be what Stateless exports from the campaign's lifecycle.</summary>
public sealed class RecallLifecycleDiagramTests
{
    private const string UpdateVariable = "WORKFLOWDMS_UPDATE_LIFECYCLES";

    [Fact]
    public void RecallDiagram_MatchesTheCommittedFile()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "lifecycles", "recall.mmd");
        var expected = Normalize(RecallCampaign.LifecycleAsMermaid());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        var committed = File.Exists(path) ? Normalize(File.ReadAllText(path)) : "(missing)";
        Assert.True(committed == expected, $"docs/lifecycles/recall.mmd is out of date. Regenerate with {UpdateVariable}=1 dotnet test --project tests/WorkflowDms.Domain.Tests.{Environment.NewLine}{expected}");
    }

    [Fact]
    public void RecallDiagram_ShowsEveryStatus()
    {
        var diagram = RecallCampaign.LifecycleAsMermaid();

        Assert.All(Enum.GetNames<RecallCampaignStatus>(), name => Assert.Contains(name, diagram, StringComparison.Ordinal));
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
