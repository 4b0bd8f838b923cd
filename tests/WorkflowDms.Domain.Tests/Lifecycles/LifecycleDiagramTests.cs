using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Domain.Tests.Lifecycles;

/// <summary>
/// The committed Mermaid diagrams in <c>docs/lifecycles/</c> must be what Stateless exports from the code,
/// so the documentation cannot drift from the real lifecycle.
/// </summary>
public class LifecycleDiagramTests
{

    [Fact]
    public void ClaimDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("claim.mmd", Claim.LifecycleAsMermaid());

    [Fact]
    public void WorkTaskDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("work-task.mmd", WorkTask.LifecycleAsMermaid());

    [Fact]
    public void ClaimDiagram_ShowsEveryStatus()
    {
        var diagram = Claim.LifecycleAsMermaid();

        Assert.All(Enum.GetNames<ClaimStatus>(), name => Assert.Contains(name, diagram, StringComparison.Ordinal));
    }
}
