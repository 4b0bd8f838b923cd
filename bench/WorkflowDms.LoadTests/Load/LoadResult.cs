namespace WorkflowDms.LoadTests.Load;

/// <summary>
/// One fixed-rate run: what was scheduled, what came back, and the latency histogram of the successful
/// requests measured from each request's SCHEDULED send time (so queueing in the client or the server counts).
/// </summary>
internal sealed record LoadResult(
    string Name,
    double TargetRate,
    TimeSpan Duration,
    long Scheduled,
    long Succeeded,
    long Failed,
    IReadOnlyDictionary<string, long> Outcomes,
    double AchievedRate,
    long OutstandingAtEnd,
    TimeSpan DrainTime,
    LatencyHistogram Latencies)
{
    public TimeSpan P50 => Latencies.Percentile(50);

    public TimeSpan P90 => Latencies.Percentile(90);

    public TimeSpan P99 => Latencies.Percentile(99);

    public TimeSpan P999 => Latencies.Percentile(99.9);

    public TimeSpan Max => Latencies.Max;

    /// <summary>
    /// Sustained: no failed request, the server kept up with the schedule (at least 97 % of the target rate
    /// completed within the window, the backlog drained within a second) and p99 within the given bound.
    /// </summary>
    public bool IsSustainable(TimeSpan p99Bound) =>
        Failed == 0 && AchievedRate >= TargetRate * 0.97 && DrainTime <= TimeSpan.FromSeconds(1) && P99 <= p99Bound;

    public string Summary =>
        $"{Name} @ {TargetRate:0}/s for {Duration.TotalSeconds:0}s: achieved {AchievedRate:0.0}/s, ok {Succeeded}, failed {Failed}"
        + $" [{string.Join(", ", Outcomes.Select(o => $"{o.Key}×{o.Value}"))}], p50 {Ms(P50)} p90 {Ms(P90)} p99 {Ms(P99)}"
        + $" p99.9 {Ms(P999)} max {Ms(Max)} ms, backlog at end {OutstandingAtEnd}, drained in {DrainTime.TotalMilliseconds:0} ms";

    public static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
