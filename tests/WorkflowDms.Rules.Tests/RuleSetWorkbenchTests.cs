using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests;

/// <summary>The designer's tools: expression checks as the analyst types, the test bench, samples and validation.</summary>
public sealed class RuleSetWorkbenchTests
{
    private static readonly Lazy<RuleSetWorkbench> Shipped = new(() =>
        new RuleSetWorkbench(RuleSetCatalog.Load(RepositoryPaths.RulesDirectory, DomainFactTypes.Resolver), RepositoryPaths.RulesDirectory));

    private static RuleSetWorkbench Workbench => Shipped.Value;

    [Fact]
    public void CheckExpression_TypoInAMember_IsNotOkAndTheMessageNamesIt()
    {
        var result = Workbench.CheckExpression("warranty-claim", "claim.TotalAmont > dealer.AutoApprovalLimit");

        Assert.False(result.Ok);
        Assert.Contains("TotalAmont", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claim.TotalAmount > 500 && !claim.HasValidPreAuthorization", true)]
    [InlineData("claim.Lines.Any(l => l.Type == \"part\" && l.PartReturnable)", true)]
    [InlineData("claim.TotalAmount", false)]
    [InlineData("claim.TotalAmount > ", false)]
    [InlineData("order.Total > 5", false)]
    [InlineData("   ", false)]
    public void CheckExpression_IsTypedAgainstTheDeclaredInputs(string expression, bool ok)
    {
        var result = Workbench.CheckExpression("warranty-claim", expression);

        Assert.Equal(ok, result.Ok);
        Assert.Equal(ok, result.Message is null);
    }

    [Fact]
    public void CheckExpression_SameTextTwice_GivesTheSameAnswer()
    {
        var first = Workbench.CheckExpression("warranty-claim", "claim.MileageKm > 999999x");
        var second = Workbench.CheckExpression("warranty-claim", "claim.MileageKm > 999999x");

        Assert.Same(first, second);
    }

    [Fact]
    public void Test_EveryShippedSample_ReadsStrictlyAndGivesTheSamplesExpectedDecision()
    {
        var names = Workbench.Catalog.RuleSetNames;
        var checkedSamples = 0;
        foreach (var name in names)
        {
            foreach (var sample in Workbench.Samples(name))
            {
                using var facts = JsonDocument.Parse(sample.FactsJson);
                var expected = RuleSetSample.Load(Path.Combine(RepositoryPaths.SamplesDirectory, name, sample.Name + ".json"), Workbench.Catalog);

                var result = Workbench.Test(name, null, 0, facts.RootElement);

                Assert.Equal(expected.ExpectedDecision, result.Decision);
                Assert.Equal(Workbench.Catalog.GetRules(name).Count, result.Rules.Count);
                checkedSamples++;
            }
        }

        Assert.True(checkedSamples >= 10, $"only {checkedSamples} samples found");
    }

    [Fact]
    public void Test_DraftWithALowerReviewThreshold_FiresWhereTheLiveVersionDoesNot()
    {
        using var facts = WiperFacts();
        var draft = WarrantyClaimWith("W-32-above-auto-approval-limit", "claim.TotalAmount > 100 && !claim.HasValidPreAuthorization");

        var live = Workbench.Test("warranty-claim", null, 0, facts.RootElement);
        var drafted = Workbench.Test("warranty-claim", draft, 0, facts.RootElement);

        Assert.False(live.Rules.Single(r => r.Rule.Name == "W-32-above-auto-approval-limit").Fired);
        Assert.Equal(RuleOutcome.AutoPass, live.Decision);
        Assert.True(drafted.Rules.Single(r => r.Rule.Name == "W-32-above-auto-approval-limit").Fired);
        Assert.Equal(RuleOutcome.Route, drafted.Decision);
        Assert.Contains("AC", drafted.ReasonCodes);
    }

    [Theory]
    [InlineData("""{"claim": {"totalAmont": 5}}""", "facts.claim.totalAmont")]
    [InlineData("""{"claim": {"totalAmount": "lots"}}""", "facts.claim.totalAmount")]
    [InlineData("""{"claim": {"lines": [{"hours": true}]}}""", "facts.claim.lines[0].hours")]
    [InlineData("""{"order": {}}""", "facts.order")]
    [InlineData("""[1, 2]""", "facts")]
    public void Test_FactsThatDoNotFitTheInputs_AreRefusedNamingTheField(string json, string field)
    {
        using var facts = JsonDocument.Parse(json);

        var error = Assert.Throws<RuleSetFactsException>(() => Workbench.Test("warranty-claim", null, 0, facts.RootElement));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Test_MissingInput_ReportsTheRulesThatCouldNotBeEvaluated()
    {
        using var facts = JsonDocument.Parse("""{"claim": {"totalAmount": 50}}""");

        var result = Workbench.Test("warranty-claim", null, 0, facts.RootElement);

        Assert.Contains(result.Rules, r => r.Rule.Name == "W-42-dealer-inactive" && !r.Fired && r.Error is not null);
    }

    [Fact]
    public void Test_DraftThatDoesNotCompile_Throws()
    {
        using var facts = WiperFacts();
        var draft = WarrantyClaimWith("W-32-above-auto-approval-limit", "claim.TotalAmont > 100");

        var error = Assert.Throws<RuleSetLoadException>(() => Workbench.Test("warranty-claim", draft, 0, facts.RootElement));

        Assert.Equal("W-32-above-auto-approval-limit", error.RuleName);
    }

    [Fact]
    public void Validate_BrokenDraft_NamesTheRuleAndTheCause()
    {
        var result = Workbench.Validate("warranty-claim", WarrantyClaimWith("W-32-above-auto-approval-limit", "claim.TotalAmount >"));

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.RuleName == "W-32-above-auto-approval-limit" && p.Message.Contains("does not compile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../warranty-claim")]
    [InlineData("..")]
    [InlineData("no-such-rule-set")]
    public void Samples_NameThatIsNotAShippedRuleSet_FindsNothing(string name) =>
        Assert.Empty(Workbench.Samples(name));

    [Fact]
    public void ReadShipped_ListsEveryRuleSetFileByName()
    {
        var shipped = Workbench.ReadShipped();

        Assert.Equal(Workbench.Catalog.RuleSetNames, shipped.Select(s => s.Name));
    }

    private static JsonDocument WiperFacts()
    {
        var sample = Workbench.Samples("warranty-claim").Single(s => s.Name == "wiper-auto-pass");
        return JsonDocument.Parse(sample.FactsJson);
    }

    private static string WarrantyClaimWith(string ruleName, string expression)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.RulesDirectory, "warranty-claim.json")))!.AsObject();
        var rule = root["Rules"]!.AsArray().Single(r => r!["RuleName"]!.GetValue<string>() == ruleName)!;
        rule["Expression"] = expression;
        return root.ToJsonString();
    }
}
