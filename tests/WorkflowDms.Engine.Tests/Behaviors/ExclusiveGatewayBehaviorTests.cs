using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class ExclusiveGatewayBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Theory]
    [InlineData(5000, "south", "a")]
    [InlineData(500, "north", "b")]
    [InlineData(500, "south", "c")]
    public void Start_Conditions_TakeFirstMatchingFlowElseDefault(long amount, string region, string expected)
    {
        var definition = _engine.Deploy("ExclusiveGatewayBehaviorTests.Routing.bpmn");

        _engine.Start(definition, new Dictionary<string, object?> { ["amount"] = amount, ["region"] = region });

        Assert.Equal([expected], _engine.OpenElements());
    }

    [Fact]
    public void Start_NoConditionHoldsAndNoDefault_ThrowsNamingTheGateway()
    {
        var definition = _engine.Deploy("ExclusiveGatewayBehaviorTests.NoDefault.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition, new Dictionary<string, object?> { ["amount"] = 5L }));

        Assert.Equal("route", ex.ElementId);
    }

    [Fact]
    public void Start_ConditionOnUnknownVariable_ThrowsNamingTheGateway()
    {
        var definition = _engine.Deploy("ExclusiveGatewayBehaviorTests.NoDefault.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition));

        Assert.Equal("route", ex.ElementId);
        Assert.Contains("unknown variable 'amount'", ex.Message, StringComparison.Ordinal);
    }
}
