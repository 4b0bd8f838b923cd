namespace WorkflowDms.Domain.Integration;

/// <summary>
/// Exponential back-off with jitter: base × 2^(attempt−1), capped, then spread by ±<see cref="JitterRatio"/>
/// so many receivers that failed together do not all retry in the same second.
/// </summary>
public static class RetryBackOff
{
    public const double JitterRatio = 0.2;

    public static readonly TimeSpan Base = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Cap = TimeSpan.FromHours(6);

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="unitRandom">A value in [0, 1), e.g. <c>Random.Shared.NextDouble()</c>.</param>
    public static TimeSpan After(int attempt, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponent = Math.Min(attempt - 1, 20);
        var seconds = Math.Min(Base.TotalSeconds * Math.Pow(2, exponent), Cap.TotalSeconds);
        var jitter = 1 + (((unitRandom * 2) - 1) * JitterRatio);
        return TimeSpan.FromSeconds(seconds * jitter);
    }
}
