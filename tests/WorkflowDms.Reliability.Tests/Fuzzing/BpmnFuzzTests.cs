using CsCheck;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Parsing;

namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>
/// Issue 5, fuzzing in CI: the BPMN reader and the deployer (subset checks, <c>${}</c> expression compiler) on
/// mutations of real BPMN files, for a bounded time. The reader lets only <see cref="BpmnParseException"/> escape
/// (its documented contract); the deployer never throws; each input answers within the time and memory bounds.
/// The long, coverage-guided run is bench/fuzz (SharpFuzz on AFL++).
/// </summary>
[Collection(nameof(FuzzCollection))]
public sealed class BpmnFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void BpmnReader_MutatedDocuments_OnlyParseExceptionsWithinBounds()
    {
        var memory = new HeapGrowth();
        Assert.True(FuzzSeeds.Bpmn.Count >= 6, $"only {FuzzSeeds.Bpmn.Count} BPMN seeds found");
        var (refused, read) = (0, 0);
        TextMutations.Mutate(FuzzSeeds.Bpmn, BpmnSnippets.All).Sample(
            xml =>
            {
                var error = FuzzBudget.Run(() => BpmnReader.Read(xml), xml);
                Assert.True(error is null or BpmnParseException, $"{error?.GetType().Name}: {error?.Message}\n{FuzzBudget.Shorten(xml)}");
                _ = error is null ? Interlocked.Increment(ref read) : Interlocked.Increment(ref refused);
            },
            iter: long.MaxValue, time: FuzzBudget.Seconds, threads: 1, print: FuzzBudget.Shorten);

        output.WriteLine($"{read + refused} mutated documents: {read} read, {refused} refused with BpmnParseException");
        Assert.True(read > 0 && refused > 0, "the mutations should produce both readable and unreadable documents");
        memory.AssertGrowthBounded();
    }

    [Fact]
    public void BpmnDeployer_MutatedDocuments_NeverThrowsWithinBounds()
    {
        var memory = new HeapGrowth();
        var deployer = new BpmnDeployer();
        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<DeploymentStatus, int>();
        TextMutations.Mutate(FuzzSeeds.Bpmn, BpmnSnippets.All).Sample(
            xml =>
            {
                DeploymentResult? result = null;
                var error = FuzzBudget.Run(() => result = deployer.Deploy(xml, "fuzz.bpmn"), xml);
                Assert.True(error is null, $"{error?.GetType().Name}: {error?.Message}\n{FuzzBudget.Shorten(xml)}");
                verdicts.AddOrUpdate(result!.Status, 1, (_, n) => n + 1);
            },
            iter: long.MaxValue, time: FuzzBudget.Seconds, threads: 1, print: FuzzBudget.Shorten);

        output.WriteLine($"verdicts: {string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}"))}");
        memory.AssertGrowthBounded();
    }
}
