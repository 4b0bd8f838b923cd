namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>
/// What a fuzz run leaves held: a cache or a leak that grows with the inputs shows up as growth of the live heap
/// between the start and the end of the run. The fuzz tests run alone (<see cref="FuzzCollection"/>), so the
/// growth is theirs.
/// </summary>
internal sealed class HeapGrowth
{
    private const long Bound = 256L * 1024 * 1024;

    private readonly long before = GC.GetTotalMemory(forceFullCollection: true);

    public void AssertGrowthBounded()
    {
        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(growth < Bound, $"the live heap grew by {growth / (1024 * 1024)} MB over the fuzz run (bound {Bound / (1024 * 1024)} MB)");
    }
}
