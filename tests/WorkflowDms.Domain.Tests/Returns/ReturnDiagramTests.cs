using WorkflowDms.Domain.Returns;
using WorkflowDms.Domain.Tests.Lifecycles;

namespace WorkflowDms.Domain.Tests.Returns;

/// <summary>
/// docs/lifecycles/return.mmd must be what Stateless exports from the code, so the documentation cannot drift
/// from the real lifecycle. Regenerate with WORKFLOWDMS_UPDATE_LIFECYCLES=1.
/// </summary>
public class ReturnDiagramTests
{
    [Fact]
    public void ReturnDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("return.mmd", ReturnRequest.LifecycleAsMermaid());

    [Fact]
    public void ReturnDiagram_ShowsEveryStatus()
    {
        var diagram = ReturnRequest.LifecycleAsMermaid();

        Assert.All(Enum.GetNames<ReturnStatus>(), name => Assert.Contains(name, diagram, StringComparison.Ordinal));
    }
}
