using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Execution;

/// <summary>Each step reports the elements its tokens entered and the flows they took, for the instance history.</summary>
public sealed class ElementVisitTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_RoutedByGateway_ReportsStartGatewayAndChosenBranchOnly()
    {
        var definition = _engine.Deploy("ExclusiveGatewayBehaviorTests.Routing.bpmn");

        var result = _engine.Start(definition, new Dictionary<string, object?> { ["amount"] = 5000L, ["region"] = "south" });

        Assert.Equal(
            [new ElementVisit("routing", "start", null), new ElementVisit("routing", "route", "f0"), new ElementVisit("routing", "a", "toA")],
            result.Visits);
    }

    [Fact]
    public void Resume_CompleteTask_ReportsOnlyWhatThisStepEntered()
    {
        var definition = _engine.Deploy("ExclusiveGatewayBehaviorTests.Routing.bpmn");
        _engine.Start(definition, new Dictionary<string, object?> { ["amount"] = 10L, ["region"] = "north" });

        var result = _engine.Complete("b");

        Assert.Equal([new ElementVisit("routing", "end", "f2")], result.Visits);
    }
}
