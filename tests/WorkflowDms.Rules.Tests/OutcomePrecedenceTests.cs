using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;
using WorkflowDms.Rules.Tests.WarrantyClaim;

namespace WorkflowDms.Rules.Tests;

/// <summary>The decisive outcome is the highest-precedence fired outcome: block &gt; hold &gt; reject &gt; send-back &gt; route &gt; adjust &gt; alert &gt; auto-pass.</summary>
public sealed class OutcomePrecedenceTests
{
    [Theory]
    [InlineData("", "auto-pass")]
    [InlineData("auto-pass", "auto-pass")]
    [InlineData("alert,auto-pass", "alert")]
    [InlineData("alert,adjust", "adjust")]
    [InlineData("adjust,route,alert", "route")]
    [InlineData("route,send-back,adjust", "send-back")]
    [InlineData("send-back,reject,route", "reject")]
    [InlineData("reject,hold", "hold")]
    [InlineData("hold,block,reject,auto-pass", "block")]
    public void Decision_IsTheHighestPrecedenceFiredOutcome(string outcomes, string expected)
    {
        var evaluation = ShippedRules.Evaluator.Evaluate("outcome-precedence", new Dictionary<string, object?> { ["outcomes"] = outcomes });

        Assert.Equal(expected, evaluation.Decision.ToName());
        Assert.Equal(outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries).Length, evaluation.FiredRules.Count);
    }

    [Fact]
    public void Warranty_RejectOutranksSendBackAndRoute()
    {
        var scenario = WarrantyScenario.Clean.WithClaim(c => c with
        {
            DaysSinceRepair = 45, // W-15 reject
            DuplicateRepairOrder = true, // W-16 send-back
            ManualAuditRequested = true, // W-35 route
        });

        var evaluation = ShippedRules.Evaluator.Evaluate("warranty-claim", scenario.Input);

        Assert.Equal(
            [RuleOutcome.Reject, RuleOutcome.SendBack, RuleOutcome.Route],
            evaluation.FiredRules.Select(f => f.Outcome).Order().Reverse());
        Assert.Equal(RuleOutcome.Reject, evaluation.Decision);
    }

    [Fact]
    public void Warranty_AdjustAloneDoesNotStopAutomaticApproval()
    {
        var scenario = WarrantyScenario.Clean.WithLines(
            WarrantyScenario.Labor("LOP-WIP-001", 0.3m, 0.3m) with { LaborRate = 135.00m }, WarrantyScenario.Wiper());

        var evaluation = ShippedRules.Evaluator.Evaluate("warranty-claim", scenario.Input);

        Assert.Equal(RuleOutcome.Adjust, evaluation.Decision);
        Assert.Equal(["labor-rate"], evaluation.Outputs);
    }
}
