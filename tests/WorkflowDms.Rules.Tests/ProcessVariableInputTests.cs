using System.Text.Json;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;
using WorkflowDms.Rules.Tests.WarrantyClaim;
using static WorkflowDms.Rules.Tests.TestSupport.ProcessVariables;

namespace WorkflowDms.Rules.Tests;

/// <summary>
/// A BPMN business-rule task passes every visible process variable, in the engine's JSON shape. Declared fact inputs
/// arriving as maps are read into their fact types, so they hit the rules compiled at start-up.
/// </summary>
public sealed class ProcessVariableInputTests
{
    private const string Warranty = "warranty-claim";

    public static TheoryData<string> Samples => new(
        Directory.GetFiles(Path.Combine(RepositoryPaths.SamplesDirectory, Warranty), "*.json").Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void FactsAsProcessVariables_DecideLikeTypedFacts_WithoutCompiling(string sampleName)
    {
        var sample = RuleSetSample.Load(Path.Combine(RepositoryPaths.SamplesDirectory, Warranty, sampleName + ".json"), ShippedRules.Catalog);
        var variables = sample.Input.ToDictionary(p => p.Key, p => AsVariable(p.Value!));
        variables["businessKey"] = "WC-1001";
        variables["adjudication"] = null;

        var evaluation = ShippedRules.Evaluator.Evaluate(Warranty, variables);

        Assert.IsType<Dictionary<string, object?>>(variables["claim"]);
        Assert.Equal(sample.ExpectedFiredRules, evaluation.FiredRules.Select(f => f.RuleName));
        Assert.Equal(sample.ExpectedDecision, evaluation.Decision);
        Assert.Equal(0, ShippedRules.Catalog.Get(Warranty).OtherShapeCount);
    }

    [Fact]
    public void FactsAsJsonElements_AreReadToo()
    {
        var scenario = WarrantyScenario.Clean.WithClaim(c => c with { DaysSinceRepair = 31 });
        var input = scenario.Input.ToDictionary(p => p.Key, p => (object?)JsonSerializer.SerializeToElement(p.Value));

        var evaluation = ShippedRules.Evaluator.Evaluate(Warranty, input);

        Assert.Equal(RuleOutcome.Reject, evaluation.Decision);
    }

    [Fact]
    public void MapThatIsNotTheFactType_IsAnArgumentErrorNamingTheInput()
    {
        var input = new Dictionary<string, object?>(WarrantyScenario.Clean.Input)
        {
            ["claim"] = new Dictionary<string, object?> { ["DaysSinceRepair"] = "a week" },
        };

        var ex = Assert.Throws<ArgumentException>(() => ShippedRules.Evaluator.Evaluate(Warranty, input));

        Assert.Contains("Input 'claim' cannot be read as ClaimFacts", ex.Message, StringComparison.Ordinal);
    }
}
