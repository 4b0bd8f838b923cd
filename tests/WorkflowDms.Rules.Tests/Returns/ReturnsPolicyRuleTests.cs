using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests.Returns;

/// <summary>rules/returns-policy.json rule by rule: each fires in its scenario and stays silent in its near miss.</summary>
public sealed class ReturnsPolicyRuleTests
{
    private const string RuleSet = "returns-policy";

    public static TheoryData<string> RuleNames => ReturnRuleCases.RuleNames;

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_FiresInItsScenario(string ruleName)
    {
        var fired = Evaluate(ReturnRuleCases.All[ruleName].Fires());

        Assert.Contains(ruleName, fired.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_DoesNotFireInItsNearMiss(string ruleName)
    {
        var fired = Evaluate(ReturnRuleCases.All[ruleName].DoesNotFire());

        Assert.DoesNotContain(ruleName, fired.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_ReportsItsOutcomeReasonCodeAndSource(string ruleName)
    {
        var expected = ReturnRuleCases.All[ruleName];
        var descriptor = ShippedRules.Catalog.GetRules(RuleSet).Single(r => r.Name == ruleName);

        var fired = Evaluate(expected.Fires()).Single(f => f.RuleName == ruleName);

        Assert.Equal((expected.Outcome, expected.ReasonCode, expected.Source), (fired.Outcome, fired.ReasonCode, descriptor.Source));
        Assert.Equal(descriptor.Message, fired.Message);
    }

    [Fact]
    public void RuleSet_EveryRuleHasACase_AndEveryCaseARule()
    {
        var inFile = ShippedRules.Catalog.GetRules(RuleSet).Select(r => r.Name).Order(StringComparer.Ordinal);

        Assert.Equal(ReturnRuleCases.All.Keys.Order(StringComparer.Ordinal), inFile);
    }

    [Fact]
    public void RuleSet_HasAtLeast15Rules_EachWithAReturnsSource()
    {
        var rules = ShippedRules.Catalog.GetRules(RuleSet);

        Assert.True(rules.Count >= 15, $"{rules.Count} rules");
        Assert.All(rules, r => Assert.Matches("^RT-[0-9]{2}$", r.Source));
        Assert.All(rules, r => Assert.StartsWith(r.Source + "-", r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void CleanRequest_OnlyDerivesTheRestockingFee_AndGoesToTheManager()
    {
        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, ReturnScenario.Clean.Input);

        Assert.Equal(["RT-06-restocking-fee"], evaluation.FiredRules.Select(f => f.RuleName));
        Assert.Equal(RuleOutcome.Adjust, evaluation.Decision);
    }

    [Fact]
    public void OverQuota_Blocks_EvenWhenOtherwiseEligible()
    {
        var overQuota = ReturnScenario.Clean.WithDealer(d => d with { ReturnedLast12Months = 60_000m });

        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, overQuota.Input);

        Assert.Equal(RuleOutcome.Block, evaluation.Decision);
    }

    [Fact]
    public void UsedPart_IsRejected_NotMerelyRouted()
    {
        var used = ReturnScenario.Clean.WithLine(l => l with { Unused = false, UnitPricePaid = 400m });

        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, used.Input);

        Assert.Equal(RuleOutcome.Reject, evaluation.Decision);
        Assert.Contains("RT-12-price-above-catalogue", evaluation.FiredRules.Select(f => f.RuleName));
    }

    private static IReadOnlyList<FiredRule> Evaluate(ReturnScenario scenario) =>
        ShippedRules.Evaluator.Evaluate(RuleSet, scenario.Input).FiredRules;
}
