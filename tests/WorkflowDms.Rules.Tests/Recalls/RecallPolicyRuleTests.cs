using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests.Recalls;

/// <summary>rules/recall-policy.json rule by rule: each fires in its scenario and stays silent in its near miss.</summary>
public sealed class RecallPolicyRuleTests
{
    private const string RuleSet = "recall-policy";

    public static TheoryData<string> RuleNames => RecallRuleCases.RuleNames;

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_FiresInItsScenario(string ruleName)
    {
        Assert.Contains(ruleName, Evaluate(RecallRuleCases.All[ruleName].Fires()).FiredRules.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_DoesNotFireInItsNearMiss(string ruleName)
    {
        Assert.DoesNotContain(ruleName, Evaluate(RecallRuleCases.All[ruleName].DoesNotFire()).FiredRules.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_ReportsItsOutcomeReasonCodeAndSource(string ruleName)
    {
        var expected = RecallRuleCases.All[ruleName];
        var descriptor = ShippedRules.Catalog.GetRules(RuleSet).Single(r => r.Name == ruleName);

        var fired = Evaluate(expected.Fires()).FiredRules.Single(f => f.RuleName == ruleName);

        Assert.Equal((expected.Outcome, expected.ReasonCode, expected.Source), (fired.Outcome, fired.ReasonCode, descriptor.Source));
        Assert.False(string.IsNullOrWhiteSpace(fired.Message));
    }

    [Fact]
    public void RuleSet_EveryRuleHasACase_AndEveryCaseARule()
    {
        var inFile = ShippedRules.Catalog.GetRules(RuleSet).Select(r => r.Name).Order(StringComparer.Ordinal);

        Assert.Equal(RecallRuleCases.All.Keys.Order(StringComparer.Ordinal), inFile);
    }

    [Fact]
    public void RuleSet_HasAtLeast15Rules_EachWithARecallOrCampaignClaimSource()
    {
        var rules = ShippedRules.Catalog.GetRules(RuleSet);

        Assert.True(rules.Count >= 15, $"{rules.Count} rules");
        Assert.All(rules, r => Assert.Matches("^(R-(0[1-9]|1[0-5])|W-(39|40|41))$", r.Source));
        Assert.All(rules, r => Assert.StartsWith(r.Source + "-", r.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CleanScenarios))]
    public void CleanScenario_IsDecidedAutomatically(string stage)
    {
        var scenario = stage switch { "launch" => RecallScenario.Launch, "claim" => RecallScenario.Claim, _ => RecallScenario.Check };

        Assert.Empty(Evaluate(scenario).FiredRules);
    }

    public static TheoryData<string> CleanScenarios => new("launch", "claim", "completion-check");

    [Fact]
    public void LaunchGate_WithTooFewParts_Blocks_AndClaimRulesStaySilent()
    {
        var evaluation = Evaluate(RecallScenario.Launch.WithCampaign(c => c with { PartsAvailabilityPercent = 40, SafetyRelated = true }));

        Assert.Equal(RuleOutcome.Block, evaluation.Decision);
        Assert.Equal(["R-06-parts-availability-below-minimum", "R-05-owner-notification-due"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    [Fact]
    public void SupersededCampaign_IsRedirected_NotReportedAsUnreleased()
    {
        var evaluation = Evaluate(RecallScenario.Claim.WithCampaign(c => c with { Status = "Superseded" }));

        Assert.Equal(["R-10-campaign-superseded"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    private static RuleEvaluation Evaluate(RecallScenario scenario) => ShippedRules.Evaluator.Evaluate(RuleSet, scenario.Input);
}
