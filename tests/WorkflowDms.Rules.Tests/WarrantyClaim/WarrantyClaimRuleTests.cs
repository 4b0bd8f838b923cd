using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests.WarrantyClaim;

/// <summary>rules/warranty-claim.json rule by rule: each fires in its scenario and stays silent in its near miss.</summary>
public sealed class WarrantyClaimRuleTests
{
    private const string RuleSet = "warranty-claim";

    public static TheoryData<string> RuleNames => WarrantyRuleCases.RuleNames;

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_FiresInItsScenario(string ruleName)
    {
        var fired = Evaluate(WarrantyRuleCases.All[ruleName].Fires());

        Assert.Contains(ruleName, fired.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_DoesNotFireInItsNearMiss(string ruleName)
    {
        var fired = Evaluate(WarrantyRuleCases.All[ruleName].DoesNotFire());

        Assert.DoesNotContain(ruleName, fired.Select(f => f.RuleName));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_ReportsItsOutcomeReasonCodeAndSource(string ruleName)
    {
        var expected = WarrantyRuleCases.All[ruleName];
        var descriptor = ShippedRules.Catalog.GetRules(RuleSet).Single(r => r.Name == ruleName);

        var fired = Evaluate(expected.Fires()).Single(f => f.RuleName == ruleName);

        Assert.Equal((expected.Outcome, expected.ReasonCode, expected.Source), (fired.Outcome, fired.ReasonCode, descriptor.Source));
        Assert.Equal(descriptor.Message, fired.Message);
        Assert.False(string.IsNullOrWhiteSpace(fired.Message));
    }

    [Fact]
    public void RuleSet_EveryRuleHasACase_AndEveryCaseARule()
    {
        var inFile = ShippedRules.Catalog.GetRules(RuleSet).Select(r => r.Name).Order(StringComparer.Ordinal);

        Assert.Equal(WarrantyRuleCases.All.Keys.Order(StringComparer.Ordinal), inFile);
    }

    [Fact]
    public void RuleSet_HasAtLeast22Rules_EachWithAWarrantySource()
    {
        var rules = ShippedRules.Catalog.GetRules(RuleSet);

        Assert.True(rules.Count >= 22, $"{rules.Count} rules");
        Assert.All(rules, r => Assert.Matches("^W-[0-9]{2}$", r.Source));
        Assert.All(rules, r => Assert.StartsWith(r.Source + "-", r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void CleanScenario_FiresNothing()
    {
        Assert.Empty(Evaluate(WarrantyScenario.Clean));
    }

    [Fact]
    public void CoverageTime_FiresWhenTheVehicleHasNoInServiceDate()
    {
        var noInServiceDate = WarrantyScenario.Clean.WithVehicle(v => v with { InServiceDate = null, CoverageEndsOn = null });

        var fired = Evaluate(noInServiceDate);

        Assert.Equal(["W-12-coverage-time"], fired.Select(f => f.RuleName));
    }

    [Fact]
    public void UndefinedCoverage_IsSentBack_NotRejectedAsExpired()
    {
        // With no coverage months the application's CoverageEndsOn is the in-service date itself.
        var undefined = WarrantyScenario.Clean.WithVehicle(v => v with { CoverageMonths = 0, CoverageEndsOn = v.InServiceDate });

        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, undefined.Input);

        Assert.Equal(["W-13-coverage-not-defined"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    [Fact]
    public void UnknownVin_IsSentBack_NotRejectedForMissingCoverage()
    {
        // An unknown VIN has no in-service date either; that must read as "check the VIN", not "expired".
        var unknown = WarrantyScenario.Clean.WithVehicle(_ => new() { Known = false });

        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, unknown.Input);

        Assert.Equal(RuleOutcome.SendBack, evaluation.Decision);
        Assert.Equal(["W-08-vin-unknown"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    private static IReadOnlyList<FiredRule> Evaluate(WarrantyScenario scenario) =>
        ShippedRules.Evaluator.Evaluate(RuleSet, scenario.Input).FiredRules;
}
