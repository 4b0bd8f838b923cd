using System.Diagnostics;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Domain.Tests.Auditing;

[Collection(TimingCollection.Name)]
public class AuditVerifierTimingTests
{
    [Fact]
    public void Verify_OneMillionEntries_WithinTheFiveSecondBar()
    {
        var (entries, head) = AuditTestChain.Build(1_000_000);

        var watch = Stopwatch.StartNew();
        var result = AuditVerifier.Verify(entries, head);
        watch.Stop();

        Assert.True(result.IsValid, result.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        TestContext.Current.TestOutputHelper?.WriteLine($"1,000,000 entries verified in memory in {watch.Elapsed.TotalSeconds:F2} s");
    }
}
