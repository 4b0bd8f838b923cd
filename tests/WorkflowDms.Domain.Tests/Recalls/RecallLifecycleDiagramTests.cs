using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Tests.Lifecycles;

namespace WorkflowDms.Domain.Tests.Recalls;

/// <summary>docs/lifecycles/recall.mmd must be what Stateless exports from the campaign's lifecycle.</summary>
public sealed class RecallLifecycleDiagramTests
{

    [Fact]
    public void RecallDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("recall.mmd", RecallCampaign.LifecycleAsMermaid());

    [Fact]
    public void RecallDiagram_ShowsEveryStatus()
    {
        var diagram = RecallCampaign.LifecycleAsMermaid();

        Assert.All(Enum.GetNames<RecallCampaignStatus>(), name => Assert.Contains(name, diagram, StringComparison.Ordinal));
    }
}
