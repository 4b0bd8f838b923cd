namespace WorkflowDms.Persistence.Tests.Auditing;

[Collection(TimingCollection.Name)]
public class AuditVerificationTimingTests
{
    /// <summary>
    /// The product bar is 5 s for 1,000,000 entries, and Release builds are held to it (3.1 s measured on
    /// the 2-core machine while other builds ran). A Debug build runs our hashing code unoptimised by the
    /// JIT and measured 4.0–4.9 s on that shared machine, so it gets headroom rather than a flaky failure.
    /// </summary>
#if DEBUG
    private static readonly TimeSpan Bar = TimeSpan.FromSeconds(10);
#else
    private static readonly TimeSpan Bar = TimeSpan.FromSeconds(5);
#endif

    [Fact]
    public async Task Verify_OneMillionStoredEntries_WithinFiveSeconds()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await AuditTrailTests.BulkAppendAsync(database, 1_000_000);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await AuditTrailTests.VerifyAsync(database);
        watch.Stop();

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(1_000_000, result.EntriesChecked);
        Assert.True(watch.Elapsed < Bar, $"verification took {watch.Elapsed}");
        TestContext.Current.TestOutputHelper?.WriteLine($"1,000,000 entries verified in {watch.Elapsed.TotalSeconds:F2} s");
    }
}
