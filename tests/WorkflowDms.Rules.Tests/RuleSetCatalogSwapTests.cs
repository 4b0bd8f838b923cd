using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules.Tests.TestSupport;
using static WorkflowDms.Rules.Tests.TestSupport.RuleSetJson;

namespace WorkflowDms.Rules.Tests;

/// <summary>ADR 0009: publishing swaps a compiled version in atomically, and every evaluation names the version it used.</summary>
public sealed class RuleSetCatalogSwapTests : IDisposable
{
    private static readonly string High = Text(RuleSet("swap", ClaimInputs(), Rule("r-limit", "claim.TotalAmount > 1000")));
    private static readonly string Low = Text(RuleSet("swap", ClaimInputs(), Rule("r-limit", "claim.TotalAmount > 100")));

    private readonly TempRuleSets _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Activate_NewVersion_EvaluationsUseItAndRecordTheVersion()
    {
        var catalog = Catalog(High);
        var evaluator = new RulesEngineEvaluator(catalog);
        Assert.Equal(0, evaluator.Evaluate("swap", Claim(500m)).Version);

        Assert.Empty(catalog.Activate("swap", 1, High));
        var first = evaluator.Evaluate("swap", Claim(500m));
        Assert.Equal(1, first.Version);
        Assert.Empty(first.FiredRules);

        Assert.Empty(catalog.Activate("swap", 2, Low));
        var second = evaluator.Evaluate("swap", Claim(500m));
        Assert.Equal(2, second.Version);
        Assert.Equal(["r-limit"], second.FiredRules.Select(r => r.RuleName));
        Assert.Equal(2, catalog.GetVersion("swap"));
    }

    [Fact]
    public void Activate_JsonThatDoesNotCompile_ReturnsTheProblemAndKeepsTheLiveVersion()
    {
        var catalog = Catalog(High);
        catalog.Activate("swap", 1, High);

        var problems = catalog.Activate("swap", 2, Text(RuleSet("swap", ClaimInputs(), Rule("r-limit", "claim.TotalAmont > 100"))));

        Assert.Contains(problems, p => p.RuleName == "r-limit" && p.Message.Contains("TotalAmont", StringComparison.Ordinal));
        Assert.Equal(1, catalog.GetVersion("swap"));
        Assert.Empty(new RulesEngineEvaluator(catalog).Evaluate("swap", Claim(500m)).FiredRules);
    }

    [Fact]
    public void Activate_OlderVersionAfterANewerOne_KeepsTheNewer()
    {
        var catalog = Catalog(High);
        catalog.Activate("swap", 3, Low);

        Assert.Empty(catalog.Activate("swap", 2, High));

        Assert.Equal(3, catalog.GetVersion("swap"));
        Assert.Single(new RulesEngineEvaluator(catalog).Evaluate("swap", Claim(500m)).FiredRules);
    }

    [Fact]
    public async Task ConcurrentEvaluationsDuringSwaps_NeverFail_AndEachSeesOneWholeVersion()
    {
        // Odd versions fire exactly the a-rules, even versions exactly the b-rules: an evaluation that saw half of a
        // swap would report a mix, or a set that does not match the version it names.
        var odd = Text(RuleSet("swap", ClaimInputs(), Rule("r-a1", "claim.TotalAmount > 0"), Rule("r-a2", "claim.LineCount >= 0"), Rule("r-b1", "false"), Rule("r-b2", "false")));
        var even = Text(RuleSet("swap", ClaimInputs(), Rule("r-a1", "false"), Rule("r-a2", "false"), Rule("r-b1", "claim.TotalAmount > 0"), Rule("r-b2", "claim.LineCount >= 0")));
        var catalog = Catalog(odd);
        var workbench = new RuleSetWorkbench(catalog, null);
        Assert.True(workbench.Validate("swap", odd).IsValid);
        Assert.True(workbench.Validate("swap", even).IsValid);
        Assert.Empty(workbench.Publish("swap", 1, odd));
        var evaluator = new RulesEngineEvaluator(catalog);
        var input = Claim(500m);
        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var evaluations = 0L;

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var result = evaluator.Evaluate("swap", input);
                    var fired = string.Join(",", result.FiredRules.Select(r => r.RuleName));
                    var expected = result.Version % 2 == 1 ? "r-a1,r-a2" : "r-b1,r-b2";
                    if (fired != expected)
                    {
                        failures.Enqueue($"v{result.Version} fired [{fired}]");
                    }

                    seen[result.Version] = true;
                    Interlocked.Increment(ref evaluations);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex.ToString());
                }
            }
        }, TestContext.Current.CancellationToken)).ToArray();

        for (var version = 2; version <= 400; version++)
        {
            Assert.Empty(workbench.Publish("swap", version, version % 2 == 1 ? odd : even));
            Thread.SpinWait(2_000);
        }

        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.Equal(400, catalog.GetVersion("swap"));
        Assert.True(evaluations > 400, $"only {evaluations} evaluations ran during the swaps");
        Assert.True(seen.Count > 2, $"evaluations saw only versions {string.Join(", ", seen.Keys)}");
    }

    private RuleSetCatalog Catalog(string json)
    {
        _dir.Write("swap.json", json);
        return RuleSetCatalog.Load(_dir.DirectoryPath, DomainFactTypes.Resolver);
    }

    private static Dictionary<string, object?> Claim(decimal total) => new()
    {
        ["claim"] = new ClaimFacts { TotalAmount = total, LineCount = 1 },
        ["dealer"] = new DealerFacts(),
    };
}
