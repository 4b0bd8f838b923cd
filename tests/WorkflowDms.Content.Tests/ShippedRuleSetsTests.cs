using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules;

namespace WorkflowDms.Content.Tests;

/// <summary>Every shipped rule set loads and compiles, and its sample cases produce their expected outcome.</summary>
public sealed class ShippedRuleSetsTests
{
    private static readonly IFactTypeResolver FactTypes = FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!);

    [Fact]
    public void Load_EveryShippedRuleSet_CompilesAndMatchesItsFileName()
    {
        var catalog = RuleSetCatalog.Load(ContentPaths.Rules, FactTypes);
        var files = Directory.GetFiles(ContentPaths.Rules, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, catalog.RuleSetNames);
        Assert.True(catalog.GetRules("warranty-claim").Count >= 20);
    }

    [Fact]
    public void Samples_OfEveryRuleSet_ProduceTheirExpectedDecision()
    {
        var catalog = RuleSetCatalog.Load(ContentPaths.Rules, FactTypes);
        var evaluator = new RulesEngineEvaluator(catalog);
        var samples = RuleSetSample.LoadAll(Path.Combine(ContentPaths.Rules, "samples"), catalog);

        Assert.NotEmpty(samples);
        Assert.All(samples, sample =>
        {
            var evaluation = evaluator.Evaluate(sample.RuleSet, sample.Input);
            Assert.True(evaluation.Decision == sample.ExpectedDecision, $"{sample.Name}: expected {sample.ExpectedDecision}, got {evaluation.Decision}");
        });
    }
}
