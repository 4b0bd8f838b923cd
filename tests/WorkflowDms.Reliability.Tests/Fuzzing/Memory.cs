namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>After a fuzz run, what is still held: a cache or a leak that grows with the inputs shows up here.</summary>
internal static class Memory
{
    public static void AssertRetainedBelow(int megabytes)
    {
        var retained = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
        Assert.True(retained < megabytes, $"{retained} MB still held after the fuzz run (bound {megabytes} MB)");
    }
}
