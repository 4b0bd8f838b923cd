using CsCheck;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Reliability.Tests.Infrastructure;
using WorkflowDms.Rules;

namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>
/// Issue 5, fuzzing in CI: the rule-expression checker (the designer's check-as-you-type, through the same
/// <see cref="RuleSetWorkbench"/> the host uses) and the rule-set validator on mutations of the shipped rule sets,
/// for a bounded time. Both answer with a verdict for any input and never throw; the validator never reports an
/// unexpected library error; each input answers within the time and memory bounds.
/// </summary>
[Collection(nameof(FuzzCollection))]
public sealed class RuleFuzzTests(ITestOutputHelper output)
{
    private static readonly IFactTypeResolver FactTypes =
        FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!);

    [Fact]
    public void CheckExpression_MutatedExpressions_AlwaysAVerdictWithinBounds()
    {
        var memory = new HeapGrowth();
        var catalog = RuleSetCatalog.Load(Path.Combine(Repository.Root, "rules"), FactTypes);
        var workbench = new RuleSetWorkbench(catalog, null);
        var seeds = FuzzSeeds.Expressions;
        Assert.True(seeds.Count >= 40, $"only {seeds.Count} shipped expressions found");
        var compiling = seeds.Count(s => workbench.CheckExpression(s.RuleSet, s.Expression).Ok);
        Assert.True(compiling > 0, "no shipped expression compiles through the checker: the harness feeds it the wrong rule set");
        var (ok, refused) = (0, 0);
        var cases = Gen.Select(Gen.Int[0, seeds.Count - 1], TextMutations.Mutate([.. seeds.Select(s => s.Expression)], ExpressionSnippets.All))
            .Select((ruleSet, expression) => (RuleSet: seeds[ruleSet].RuleSet, Expression: expression));
        cases.Sample(
            c =>
            {
                ExpressionCheckResult? verdict = null;
                var error = FuzzBudget.Run(() => verdict = workbench.CheckExpression(c.RuleSet, c.Expression), c.Expression);
                Assert.True(error is null, $"{error?.GetType().Name}: {error?.Message}\n{c.RuleSet}: {FuzzBudget.Shorten(c.Expression)}");
                _ = verdict!.Ok ? Interlocked.Increment(ref ok) : Interlocked.Increment(ref refused);
            },
            iter: long.MaxValue, time: FuzzBudget.Seconds, threads: 1, print: c => $"{c.RuleSet}: {FuzzBudget.Shorten(c.Expression)}");

        output.WriteLine($"{compiling} of {seeds.Count} shipped expressions compile alone; {ok + refused} mutated: {ok} compile, {refused} refused with a message");
        Assert.True(refused > 0, "the mutations should produce invalid expressions");
        memory.AssertGrowthBounded();
    }

    [Fact]
    public void RuleSetValidator_MutatedRuleSets_AlwaysAVerdictWithinBounds()
    {
        var memory = new HeapGrowth();
        var validator = new RuleSetValidator(FactTypes);
        var seeds = FuzzSeeds.RuleSets;
        var (valid, invalid) = (0, 0);
        var cases = Gen.Select(Gen.Int[0, seeds.Count - 1], TextMutations.Mutate([.. seeds.Select(s => s.Json)], [.. ExpressionSnippets.All, "{", "}", "[", "]", ":", ",", "\"Rules\":", "\"Expression\":\"", "null"]))
            .Select((seed, json) => (FileName: seeds[seed].FileName, Json: json));
        cases.Sample(
            c =>
            {
                RuleSetValidationResult? result = null;
                var error = FuzzBudget.Run(() => result = validator.Validate(c.FileName, c.Json), c.Json);
                Assert.True(error is null, $"{error?.GetType().Name}: {error?.Message}\n{FuzzBudget.Shorten(c.Json)}");
                var unexpected = result!.Problems.FirstOrDefault(p => p.Message.StartsWith("unexpected error", StringComparison.Ordinal));
                Assert.True(unexpected is null, $"a library error reached the validator's last line of defence: {unexpected?.Message}\n{FuzzBudget.Shorten(c.Json)}");
                _ = result.Problems.Count == 0 ? Interlocked.Increment(ref valid) : Interlocked.Increment(ref invalid);
            },
            iter: long.MaxValue, time: FuzzBudget.Seconds, threads: 1, print: c => $"{c.FileName}: {FuzzBudget.Shorten(c.Json)}");

        output.WriteLine($"{valid + invalid} mutated rule sets: {valid} valid, {invalid} invalid");
        Assert.True(invalid > 0, "the mutations should produce invalid rule sets");
        memory.AssertGrowthBounded();
    }
}
