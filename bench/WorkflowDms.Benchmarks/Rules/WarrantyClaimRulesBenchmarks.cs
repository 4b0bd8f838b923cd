using BenchmarkDotNet.Attributes;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules;

namespace WorkflowDms.Benchmarks.Rules;

/// <summary>
/// Evaluations per second of the warranty rule set through <see cref="RulesEngineEvaluator"/>, compiled at start-up
/// as the host does, with typed facts from the five shipped samples (rules/samples/warranty-claim: auto-pass, route,
/// send-back, reject). One operation is one evaluation; each invocation cycles through all five samples.
/// Product bar: ≥ 25,000 evaluations/s of a 50-rule set.
/// </summary>
[MemoryDiagnoser]
public class WarrantyClaimRulesBenchmarks
{
    private const string Shipped = "warranty-claim";
    private const int Samples = 5;

    private string _directory = "";
    private RulesEngineEvaluator? _evaluator;
    private IReadOnlyDictionary<string, object?>[] _inputs = [];

    [Params(Shipped, FiftyRuleWarrantySet.Name)]
    public string RuleSet { get; set; } = Shipped;

    [GlobalSetup]
    public void CompileRuleSets()
    {
        _directory = Directory.CreateTempSubdirectory("workflowdms-bench-rules").FullName;
        var shipped = Path.Combine(RepositoryPaths.Rules, Shipped + ".json");
        File.Copy(shipped, Path.Combine(_directory, Shipped + ".json"));
        FiftyRuleWarrantySet.WriteTo(_directory, shipped);

        var catalog = RuleSetCatalog.Load(_directory, FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, "WorkflowDms.Domain.Policies"));
        _evaluator = new RulesEngineEvaluator(catalog);
        var samples = RuleSetSample.LoadAll(Path.Combine(RepositoryPaths.Rules, "samples"), catalog)
            .Where(s => s.RuleSet == Shipped)
            .ToList();
        foreach (var sample in samples)
        {
            var decision = _evaluator.Evaluate(Shipped, sample.Input).Decision;
            if (decision != sample.ExpectedDecision)
            {
                throw new InvalidOperationException($"sample {sample.Name}: expected {sample.ExpectedDecision}, got {decision}");
            }
        }

        _inputs = [.. samples.Select(s => s.Input)];
        if (_inputs.Length != Samples)
        {
            throw new InvalidOperationException($"expected {Samples} warranty-claim samples, found {_inputs.Length}");
        }
    }

    [GlobalCleanup]
    public void DeleteRuleFiles() => Directory.Delete(_directory, recursive: true);

    [Benchmark(OperationsPerInvoke = Samples, Description = "Evaluate warranty claim")]
    public int EvaluateSamples()
    {
        var fired = 0;
        foreach (var input in _inputs)
        {
            fired += _evaluator!.Evaluate(RuleSet, input).FiredRules.Count;
        }

        return fired;
    }
}
