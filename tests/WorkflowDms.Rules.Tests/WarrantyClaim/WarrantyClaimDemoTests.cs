using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;
using static WorkflowDms.Rules.Tests.WarrantyClaim.WarrantyScenario;

namespace WorkflowDms.Rules.Tests.WarrantyClaim;

/// <summary>The product demo's expectations for dealer D1001, and the shipped samples in rules/samples/.</summary>
public sealed class WarrantyClaimDemoTests
{
    private const string RuleSet = "warranty-claim";

    [Fact]
    public void WiperOnCoveredVehicle_AutoPasses()
    {
        var evaluation = Evaluate(Clean);

        Assert.Equal(116.00m, Clean.Claim.TotalAmount);
        Assert.All(evaluation.FiredRules, f => Assert.True(f.Outcome <= RuleOutcome.Alert, f.RuleName));
        Assert.Equal(RuleOutcome.AutoPass, evaluation.Decision);
    }

    [Fact]
    public void RepairLongAfterCoverageEnded_IsRejectedWithExpiredWarranty()
    {
        var scenario = Clean
            .WithVehicle(v => v with
            {
                ProductionDate = new DateTime(2020, 11, 20),
                InServiceDate = new DateTime(2021, 1, 15),
                CoverageEndsOn = new DateTime(2024, 1, 15),
            })
            .WithClaim(c => c with { RepairDate = new DateTime(2026, 11, 10), DaysSinceRepair = 2 });

        var evaluation = Evaluate(scenario);

        Assert.Equal(RuleOutcome.Reject, evaluation.Decision);
        Assert.Contains(evaluation.FiredRules, f => f is { Outcome: RuleOutcome.Reject, ReasonCode: "EW" });
    }

    [Fact]
    public void ExcessHoursWithoutComment_IsSentBackForExcessiveLabourHours()
    {
        var evaluation = Evaluate(EngineRepair(3.5m, comment: null));

        Assert.Equal(RuleOutcome.SendBack, evaluation.Decision);
        Assert.Contains(evaluation.FiredRules, f => f is { Outcome: RuleOutcome.SendBack, ReasonCode: "ELH" });
    }

    [Fact]
    public void ExcessHoursWithComment_IsRoutedToReview_NotSentBack()
    {
        var evaluation = Evaluate(EngineRepair(3.5m, comment: "Seized heat-shield bolts had to be drilled out."));

        Assert.Equal(RuleOutcome.Route, evaluation.Decision);
        Assert.Contains(evaluation.FiredRules, f => f is { Outcome: RuleOutcome.Route, ReasonCode: "ELH" });
        Assert.DoesNotContain(evaluation.FiredRules, f => f.Outcome == RuleOutcome.SendBack);
    }

    [Fact]
    public void CatalyticConverter_IsRoutedAboveTheAutoApprovalLimit_WithThePartsReturnAlert()
    {
        var scenario = EngineRepair(2.0m, comment: null);

        var evaluation = Evaluate(scenario);

        Assert.Equal(4_440.00m, scenario.Claim.TotalAmount);
        Assert.Equal(RuleOutcome.Route, evaluation.Decision);
        Assert.Equal(["W-32-above-auto-approval-limit", "W-52-causal-part-returnable"], evaluation.FiredRules.Select(f => f.RuleName));
        Assert.Equal(["warranty-reviewer", "parts-return"], evaluation.Outputs);
        Assert.Contains(evaluation.FiredRules, f => f is { Outcome: RuleOutcome.Alert, Output: "parts-return" });
    }

    public static TheoryData<string> SampleNames => new(
        Directory.GetFiles(Path.Combine(RepositoryPaths.SamplesDirectory, RuleSet), "*.json").Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_ProducesItsExpectedDecisionAndRules(string sampleName)
    {
        var sample = RuleSetSample.Load(Path.Combine(RepositoryPaths.SamplesDirectory, RuleSet, sampleName + ".json"), ShippedRules.Catalog);

        var evaluation = ShippedRules.Evaluator.Evaluate(sample.RuleSet, sample.Input);

        Assert.Equal(sample.ExpectedDecision, evaluation.Decision);
        if (sample.ExpectedFiredRules is { } expected)
        {
            Assert.Equal(expected, evaluation.FiredRules.Select(f => f.RuleName));
        }
    }

    [Fact]
    public void Samples_CoverEveryDemoDecision()
    {
        var decisions = RuleSetSample.LoadAll(RepositoryPaths.SamplesDirectory, ShippedRules.Catalog).Select(s => s.ExpectedDecision);

        Assert.Superset(new HashSet<RuleOutcome> { RuleOutcome.AutoPass, RuleOutcome.Reject, RuleOutcome.SendBack, RuleOutcome.Route }, decisions.ToHashSet());
    }

    /// <summary>LOP-ENG-010 (standard 2.0 h) at D1001's rate plus one PN-1001 catalytic converter, fault F-EX-001.</summary>
    private static WarrantyScenario EngineRepair(decimal hours, string? comment) =>
        Clean.WithClaim(c => c with { FaultCode = "F-EX-001", CausalPartNumber = "PN-1001" })
            .WithLines(Labor("LOP-ENG-010", hours, 2.0m, comment), CatalyticConverter());

    private static RuleEvaluation Evaluate(WarrantyScenario scenario) => ShippedRules.Evaluator.Evaluate(RuleSet, scenario.Input);
}
