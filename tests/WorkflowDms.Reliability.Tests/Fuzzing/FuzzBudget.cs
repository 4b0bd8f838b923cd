namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz input under bounds: it must finish within <see cref="TimeLimit"/> (no hang) and allocate less than
/// <see cref="AllocationLimit"/> on its own thread (no unbounded memory). The input runs on a thread of its own so a
/// hang is detected rather than waited for, and its allocations are counted apart from the rest of the process.
/// Returns the exception the code under test threw, if any, for the caller to judge.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>Generous for a loaded 2-core CI machine: a real hang is unbounded, a slow input takes milliseconds.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public const long AllocationLimit = 512L * 1024 * 1024;

    /// <summary>The time a fuzz test samples for: CI's short run, or <c>WORKFLOWDMS_FUZZ_SECONDS</c>.</summary>
    public static int Seconds => Infrastructure.RunSize.From("WORKFLOWDMS_FUZZ_SECONDS", 8);

    public static Exception? Run(Action action, string input)
    {
        long allocated = 0;
        var run = Task.Factory.StartNew(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    action();
                }
                finally
                {
                    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        bool finished;
        try
        {
            finished = run.Wait(TimeLimit, TestContext.Current.CancellationToken);
        }
        catch (AggregateException)
        {
            finished = true;
        }

        if (!finished)
        {
            Assert.Fail($"no answer within {TimeLimit.TotalSeconds} s (a hang) for input of {input.Length} chars: {Shorten(input)}");
        }

        Assert.True(allocated < AllocationLimit, $"{allocated / (1024 * 1024)} MB allocated for input of {input.Length} chars: {Shorten(input)}");
        return run.Exception?.InnerException;
    }

    public static string Shorten(string text) => text.Length <= 500 ? text : $"{text[..500]}… ({text.Length} chars)";
}
