using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Domain.Tests.Orders;

/// <summary>
/// docs/lifecycles/order.mmd and credit.mmd must be what Stateless exports from the code. Regenerate with
/// <c>WORKFLOWDMS_UPDATE_LIFECYCLES=1 dotnet test --project tests/WorkflowDms.Domain.Tests</c>.
/// </summary>
public class OrderDiagramTests
{
    [Fact]
    public void OrderDiagram_MatchesTheCommittedFile() => AssertMatches("order.mmd", Order.LifecycleAsMermaid());

    [Fact]
    public void CreditLimitRequestDiagram_MatchesTheCommittedFile() => AssertMatches("credit.mmd", CreditLimitRequest.LifecycleAsMermaid());

    [Fact]
    public void OrderDiagram_ShowsEveryStatus() =>
        Assert.All(Enum.GetNames<OrderStatus>(), name => Assert.Contains(name, Order.LifecycleAsMermaid(), StringComparison.Ordinal));

    private static void AssertMatches(string fileName, string generated)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "lifecycles", fileName);
        var expected = generated.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("WORKFLOWDMS_UPDATE_LIFECYCLES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd() + "\n" : "(missing)";
        Assert.True(committed == expected, $"docs/lifecycles/{fileName} is out of date; regenerate it (see the class summary). Generated:{Environment.NewLine}{expected}");
    }

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
