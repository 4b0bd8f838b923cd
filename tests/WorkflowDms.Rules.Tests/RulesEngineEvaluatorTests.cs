using System.Text.Json.Nodes;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;
using WorkflowDms.Rules.Tests.WarrantyClaim;
using static WorkflowDms.Rules.Tests.TestSupport.RuleSetJson;

namespace WorkflowDms.Rules.Tests;

public sealed class RulesEngineEvaluatorTests
{
    private const string Warranty = "warranty-claim";
    private static readonly RulesEngineEvaluator Evaluator = ShippedRules.Evaluator;

    [Fact]
    public void HasRuleSet_KnowsLoadedNamesOnly()
    {
        Assert.True(Evaluator.HasRuleSet(Warranty));
        Assert.False(Evaluator.HasRuleSet("warranty-claims"));
    }

    [Fact]
    public void Evaluate_UnknownRuleSet_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => Evaluator.Evaluate("no-such-rule-set", WarrantyScenario.Clean.Input));
        Assert.Throws<KeyNotFoundException>(() => Evaluator.EvaluateDetailed("no-such-rule-set", WarrantyScenario.Clean.Input));
    }

    [Fact]
    public void Evaluate_CountsEveryEnabledRule_FiredOrNot()
    {
        var evaluation = Evaluator.Evaluate(Warranty, WarrantyScenario.Clean.Input);

        Assert.Equal(Warranty, evaluation.RuleSet);
        Assert.Empty(evaluation.FiredRules);
        Assert.Equal(ShippedRules.Catalog.GetRules(Warranty).Count, evaluation.RulesEvaluated);
    }

    [Fact]
    public void Evaluate_ReturnsFiredRulesInRuleSetOrder_WithTheirDeclaredMetadata()
    {
        var scenario = WarrantyScenario.Clean
            .WithDealer(d => d with { OnWatchList = true, OverduePartReturns = 2 })
            .WithClaim(c => c with { DaysSinceRepair = 40, ManualAuditRequested = true, MileageKm = 120_000 });
        var order = ShippedRules.Catalog.GetRules(Warranty).Select(r => r.Name).ToList();

        var fired = Evaluator.Evaluate(Warranty, scenario.Input).FiredRules;

        Assert.True(fired.Count >= 5);
        Assert.Equal(fired.OrderBy(f => order.IndexOf(f.RuleName)).Select(f => f.RuleName), fired.Select(f => f.RuleName));
        var descriptors = ShippedRules.Catalog.GetRules(Warranty).ToDictionary(r => r.Name);
        Assert.All(fired, f => Assert.Equal(
            (descriptors[f.RuleName].Outcome, descriptors[f.RuleName].ReasonCode, descriptors[f.RuleName].Message, descriptors[f.RuleName].Output),
            (f.Outcome, f.ReasonCode, f.Message, f.Output)));
    }

    [Fact]
    public void RuleThatThrows_IsNotFired_AndIsReportedByName()
    {
        // Lines is non-nullable in the facts, but a facts builder bug must not turn "no lines" into a silent pass.
        var scenario = WarrantyScenario.Clean.WithClaim(c => c with { Lines = null!, DaysSinceRepair = 31 });

        var detailed = Evaluator.EvaluateDetailed(Warranty, scenario.Input);
        var ex = Assert.Throws<RuleEvaluationException>(() => Evaluator.Evaluate(Warranty, scenario.Input));

        Assert.Contains("W-07-no-lines", detailed.Errors.Select(e => e.RuleName));
        Assert.DoesNotContain(detailed.Evaluation.FiredRules, f => detailed.Errors.Any(e => e.RuleName == f.RuleName));
        Assert.Contains("W-15-submitted-too-late", detailed.Evaluation.FiredRules.Select(f => f.RuleName));
        Assert.Contains("rule 'W-07-no-lines'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(detailed.Errors, ex.Errors);
    }

    [Fact]
    public void MissingDeclaredInput_IsATypedNull_SoOnlyRulesUsingItFail()
    {
        var input = new Dictionary<string, object?> { ["claim"] = WarrantyScenario.Clean.Claim, ["vehicle"] = WarrantyScenario.CoveredVehicle };

        var detailed = Evaluator.EvaluateDetailed(Warranty, input);

        Assert.Contains("W-42-dealer-inactive", detailed.Errors.Select(e => e.RuleName));
        Assert.DoesNotContain("W-08-vin-unknown", detailed.Errors.Select(e => e.RuleName));
        Assert.Equal(0, ShippedRules.Catalog.Get(Warranty).OtherShapeCount);
    }

    [Fact]
    public void UndeclaredExtraInputs_AreIgnored_AndCompileNothing()
    {
        var input = new Dictionary<string, object?>(WarrantyScenario.Clean.Input) { ["initiator"] = "d1001-user", ["retries"] = 3 };

        var evaluation = Evaluator.Evaluate(Warranty, input);

        Assert.Equal(RuleOutcome.AutoPass, evaluation.Decision);
        Assert.Equal(0, ShippedRules.Catalog.Get(Warranty).OtherShapeCount);
    }

    [Fact]
    public void DeclaredTypes_NeverAddAnInputShape()
    {
        for (var i = 0; i < 100; i++)
        {
            Evaluator.Evaluate(Warranty, WarrantyScenario.Clean.WithClaim(c => c with { MileageKm = 20_000 + i }).Input);
        }

        Assert.Equal(0, ShippedRules.Catalog.Get(Warranty).OtherShapeCount);
    }

    [Fact]
    public void TypeWithTheDeclaredShortName_FromAnotherNamespace_IsRefused()
    {
        var input = new Dictionary<string, object?>(WarrantyScenario.Clean.Input) { ["claim"] = new Lookalikes.ClaimFacts(2) };

        var ex = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(Warranty, input));

        Assert.Contains("same short names", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherInputShapes_AreCappedBeforeRulesEngineCacheCouldEvictTheWarmedOne()
    {
        using var dir = new TempRuleSets();
        dir.Write("any-input.json", Text(RuleSet("any-input", new JsonObject { ["x"] = "string" }, Rule("always", "true"))));
        var evaluator = new RulesEngineEvaluator(RuleSetCatalog.Load(dir.DirectoryPath, DomainFactTypes.Resolver));
        var type = typeof(int);

        for (var i = 0; i < 64; i++)
        {
            type = type.MakeArrayType();
            evaluator.Evaluate("any-input", new Dictionary<string, object?> { ["x"] = Array.CreateInstance(type.GetElementType()!, 0) });
        }

        Assert.Throws<InvalidOperationException>(() =>
            evaluator.Evaluate("any-input", new Dictionary<string, object?> { ["x"] = Array.CreateInstance(type, 0) }));
        Assert.Single(evaluator.Evaluate("any-input", new Dictionary<string, object?> { ["x"] = "declared" }).FiredRules);
    }

    [Fact]
    public void ConcurrentEvaluations_AgreeWithASequentialOne()
    {
        var scenario = WarrantyScenario.Clean.WithDealer(d => d with { OnWatchList = true });
        var expected = Evaluator.Evaluate(Warranty, scenario.Input).FiredRules;
        var results = new RuleEvaluation[2_000];

        Parallel.For(0, results.Length, i => results[i] = Evaluator.Evaluate(Warranty, scenario.Input));

        Assert.All(results, r => Assert.Equal(expected, r.FiredRules));
    }

    [Fact]
    public void NullInputDictionary_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Warranty, null!));
    }

    [Fact]
    public void FiredRules_AreTheSameInstances_EveryTime()
    {
        // FiredRule records are built once per rule at load, so a firing rule allocates nothing per evaluation.
        var scenario = WarrantyScenario.Clean.WithDealer(d => d with { OnWatchList = true });

        var first = Evaluator.Evaluate(Warranty, scenario.Input).FiredRules.Single();
        var second = Evaluator.Evaluate(Warranty, scenario.Input).FiredRules.Single();

        Assert.Same(first, second);
        Assert.IsType<ClaimFacts>(scenario.Input["claim"]);
    }
}
