using System.Text.Json.Nodes;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules.Tests.TestSupport;
using WorkflowDms.Rules.Tests.WarrantyClaim;
using static WorkflowDms.Rules.Tests.TestSupport.RuleSetJson;

namespace WorkflowDms.Rules.Tests;

public sealed class RuleSetCatalogTests : IDisposable
{
    private readonly TempRuleSets _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_ShippedRulesDirectory_LoadsTheWarrantyRuleSetWithItsDeclaredInputs()
    {
        var catalog = RuleSetCatalog.Load(RepositoryPaths.RulesDirectory, DomainFactTypes.Resolver);

        Assert.Contains("warranty-claim", catalog.RuleSetNames);
        Assert.Equal(
            [new("claim", typeof(ClaimFacts)), new("vehicle", typeof(VehicleFacts)), new KeyValuePair<string, Type>("dealer", typeof(DealerFacts))],
            catalog.GetInputs("warranty-claim"));
    }

    [Fact]
    public void Load_IgnoresSubfolders_SoSamplesAreNotRuleSets()
    {
        var catalog = RuleSetCatalog.Load(RepositoryPaths.RulesDirectory, DomainFactTypes.Resolver);

        Assert.DoesNotContain(catalog.RuleSetNames, n => n.Contains("sample", StringComparison.Ordinal));
    }

    public static TheoryData<string, string?, string> BrokenRuleSets => new()
    {
        // file content, the rule the error must name (null: the file as a whole), words the message must contain
        { "{ \"WorkflowName\": \"broken\", ", null, "not valid JSON" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.LineCount == 0", outcome: "approve"))), "r-1", "unknown outcome 'approve'" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.LineCount == 0", reasonCode: null))), "r-1", "reasonCode is missing" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.LineCount == 0", reasonCode: "expired warranty"))), "r-1", "reasonCode 'expired warranty'" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.NoSuchFact > 0"))), "r-1", "NoSuchFact" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.FaultCode > 3"))), "r-1", "does not compile" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.TotalAmount"))), "r-1", "does not compile" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "vehicle.Known"))), "r-1", "vehicle" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "claim.LineCount == 0"), Rule("r-1", "claim.LineCount > 9"))), "r-1", "duplicate rule name" },
        { Text(RuleSet("broken", new JsonObject { ["claim"] = "ClaimFactz" }, Rule("r-1", "true"))), null, "unknown fact type 'ClaimFactz'" },
        { Text(RuleSet("broken", new JsonObject(), Rule("r-1", "true"))), null, "Inputs declares no parameter" },
        { Text(RuleSet("wrong-name", ClaimInputs(), Rule("r-1", "true"))), null, "does not match the file name" },
        { Text(WithMember(Rule("r-1", "true"), "Expresion", "claim.LineCount == 0")), "r-1", "unknown rule member 'Expresion'" },
        { Text(WithMember(Rule("r-1", "true"), "Actions", new JsonObject())), "r-1", "'Actions' are not supported" },
        { Text(WithoutMember(Rule("r-1", "true"), "SuccessEvent")), "r-1", "SuccessEvent is missing" },
        { Text(WithoutMember(Rule("r-1", "true"), "Expression")), "r-1", "Expression is missing" },
        { Text(RuleSet("broken", ClaimInputs(), Rule("r-1", "true", source: "twelve"))), "r-1", "source 'twelve'" },
        { "[]", null, "expected one rule-set object" },
    };

    [Theory]
    [MemberData(nameof(BrokenRuleSets))]
    public void Load_BrokenRuleSet_StopsWithAnErrorNamingFileRuleAndCause(string json, string? rule, string cause)
    {
        _dir.Write("broken.json", json);

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver));

        Assert.Equal("broken.json", ex.FileName);
        Assert.Contains("broken.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains(cause, ex.Message, StringComparison.Ordinal);
        Assert.Equal(rule, ex.RuleName);
        if (rule is not null)
        {
            Assert.Contains($"rule '{rule}'", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_OneBrokenFileAmongGoodOnes_StopsTheWholeLoad()
    {
        _dir.Write("good.json", Text(RuleSet("good", ClaimInputs(), Rule("r-1", "claim.LineCount == 0"))));
        _dir.Write("zz-bad.json", Text(RuleSet("zz-bad", ClaimInputs(), Rule("r-9", "claim.Nope"))));

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver));

        Assert.Equal(("zz-bad.json", "r-9"), (ex.FileName, ex.RuleName));
    }

    [Fact]
    public void Load_MissingDirectory_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() =>
            RuleSetCatalog.Load(Path.Combine(_dir.DirectoryPath, "nope"), DomainFactTypes.Resolver));
    }

    [Fact]
    public void LoadFiles_SameRuleSetTwice_IsRefused()
    {
        var first = _dir.Write("same.json", Text(RuleSet("same", ClaimInputs(), Rule("r-1", "true"))));
        Directory.CreateDirectory(Path.Combine(_dir.DirectoryPath, "copy"));
        var second = Path.Combine(_dir.DirectoryPath, "copy", "same.json");
        File.Copy(first, second);

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetCatalog.LoadFiles([first, second], DomainFactTypes.Resolver));

        Assert.Contains("already loaded", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CompilesAtStartUp_SoEvaluationWithDeclaredTypesNeverCompilesAgain()
    {
        _dir.Write("warm.json", Text(RuleSet("warm", ClaimInputs(), Rule("no-lines", "claim.LineCount == 0"))));
        var catalog = RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver);
        var evaluator = new RulesEngineEvaluator(catalog);

        // RulesEngine keeps the Workflow object it was given and recompiles from it on a cache miss. Breaking the
        // expression after loading proves that evaluation with the declared types uses what was compiled at start-up.
        catalog.Get("warm").Definition.Workflow.Rules.Single().Expression = "claim.NoSuchFact";
        var input = new Dictionary<string, object?> { ["claim"] = new ClaimFacts(), ["dealer"] = WarrantyScenario.D1001 };
        var declared = evaluator.EvaluateDetailed("warm", input);
        var shapesAfterDeclared = catalog.Get("warm").OtherShapeCount;
        var otherShape = evaluator.EvaluateDetailed("warm", new Dictionary<string, object?> { ["claim"] = "not a claim", ["dealer"] = WarrantyScenario.D1001 });

        Assert.Equal(["no-lines"], declared.Evaluation.FiredRules.Select(f => f.RuleName));
        Assert.Empty(declared.Errors);
        Assert.Equal(0, shapesAfterDeclared);
        // A shape not compiled at start-up is compiled now, from the broken expression, and fails by name.
        Assert.Equal("no-lines", Assert.Single(otherShape.Errors).RuleName);
        Assert.Equal(1, catalog.Get("warm").OtherShapeCount);
    }

    [Fact]
    public void DisabledRule_IsListedButNotEvaluated()
    {
        var disabled = Rule("off", "true");
        disabled["Enabled"] = false;
        _dir.Write("partly.json", Text(RuleSet("partly", ClaimInputs(), Rule("on", "true"), disabled)));
        var catalog = RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver);

        var evaluation = new RulesEngineEvaluator(catalog).Evaluate("partly", new Dictionary<string, object?>());

        Assert.Equal(["on", "off"], catalog.GetRules("partly").Select(r => r.Name));
        Assert.Equal(1, evaluation.RulesEvaluated);
        Assert.Equal(["on"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    [Fact]
    public void GlobalAndLocalParams_AreCheckedAndUsable()
    {
        var rule = Rule("big-labour", "labourShare > 0.5m");
        rule["LocalParams"] = new JsonArray(new JsonObject { ["Name"] = "labourShare", ["Expression"] = "labour / claim.TotalAmount" });
        var ruleSet = RuleSet("scoped", ClaimInputs(), rule);
        ruleSet["GlobalParams"] = new JsonArray(new JsonObject
        {
            ["Name"] = "labour",
            ["Expression"] = "claim.Lines.Where(l => l.Type == \"labor\").Sum(l => l.Amount)",
        });
        _dir.Write("scoped.json", Text(ruleSet));
        var catalog = RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver);
        var claim = WarrantyScenario.ClaimWith("F-1", null, WarrantyScenario.Labor("LOP-ENG-010", 2m, 2m), WarrantyScenario.Wiper());

        var evaluation = new RulesEngineEvaluator(catalog).Evaluate("scoped", new Dictionary<string, object?> { ["claim"] = claim, ["dealer"] = WarrantyScenario.D1001 });

        Assert.Equal(["big-labour"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    [Fact]
    public void GetRules_UnknownRuleSet_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => ShippedRules.Catalog.GetRules("no-such-rule-set"));
    }

    private static JsonObject WithMember(JsonObject rule, string name, JsonNode value)
    {
        rule[name] = value;
        return RuleSet("broken", ClaimInputs(), rule);
    }

    private static JsonObject WithoutMember(JsonObject rule, string name)
    {
        rule.Remove(name);
        return RuleSet("broken", ClaimInputs(), rule);
    }
}
