namespace WorkflowDms.LoadTests.Load;

/// <summary>
/// Step mode: runs each rate of the ladder in turn and stops after the first that is not sustained (failures,
/// a growing backlog, or p99 above the bound). The highest sustained rate is the maximum sustainable rate
/// within the ladder's resolution.
/// </summary>
internal static class StepLadder
{
    public static async Task<(IReadOnlyList<T> Runs, double MaxSustained)> ClimbAsync<T>(
        IEnumerable<double> rates,
        Func<double, Task<T?>> runAt,
        Func<T, LoadResult> resultOf,
        TimeSpan p99Bound)
        where T : class
    {
        var runs = new List<T>();
        var best = 0.0;
        foreach (var rate in rates)
        {
            var run = await runAt(rate).ConfigureAwait(false);
            if (run is null)
            {
                break;
            }

            runs.Add(run);
            if (!resultOf(run).IsSustainable(p99Bound))
            {
                break;
            }

            best = rate;
        }

        return (runs, best);
    }
}
