using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Behaviors;

public sealed class BusinessRuleTaskBehaviorTests
{
    private readonly EngineHarness _engine = new();

    [Fact]
    public void Start_NoMapping_ResultIsDecisiveOutcomeName()
    {
        _engine.Rules.With("claim-adjudication", input =>
            (long)input["labourHours"]! > 10
                ? [new FiredRule("W-07-labour", RuleOutcome.SendBack, "LH", "labour hours over the standard time"), new FiredRule("alert", RuleOutcome.Alert, "AL", "note")]
                : []);

        var result = _engine.Start(_engine.Deploy("BusinessRuleTaskBehaviorTests.Outcome.bpmn"), new Dictionary<string, object?> { ["labourHours"] = 12 });

        Assert.Equal("send-back", result.State.Variables["adjudication"]);
        Assert.Equal(["correct"], _engine.OpenElements());
        var evaluated = Assert.Single(result.Effects.OfType<RuleSetEvaluated>());
        Assert.Equal(2, evaluated.Evaluation.FiredRules.Count);
        Assert.Equal("adjudication", evaluated.ResultVariable);
    }

    [Fact]
    public void Start_NothingFires_ResultIsAutoPass()
    {
        _engine.Rules.With("claim-adjudication", _ => []);

        var result = _engine.Start(_engine.Deploy("BusinessRuleTaskBehaviorTests.Outcome.bpmn"), new Dictionary<string, object?> { ["labourHours"] = 1 });

        Assert.Equal("auto-pass", result.State.Variables["adjudication"]);
        Assert.Equal(InstanceStatus.Completed, result.Status);
    }

    [Fact]
    public void Start_SingleEntry_ResultIsFirstOutput()
    {
        _engine.Rules.With("routing", _ => [new FiredRule("r", RuleOutcome.Route, "RT", "route", "warranty-hq"), new FiredRule("s", RuleOutcome.Route, "RT", "route", "other")]);

        _engine.Start(_engine.Deploy("BusinessRuleTaskBehaviorTests.SingleEntry.bpmn"));

        Assert.Equal(["warranty-hq"], _engine.Task("work").CandidateGroups);
    }

    [Fact]
    public void Start_RuleSetMissing_FailsNamingTheTask()
    {
        var definition = _engine.Deploy("BusinessRuleTaskBehaviorTests.SingleEntry.bpmn");

        var ex = Assert.Throws<WorkflowExecutionException>(() => _engine.Start(definition));

        Assert.Equal("pick", ex.ElementId);
    }
}
