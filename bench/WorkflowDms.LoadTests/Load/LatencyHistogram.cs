namespace WorkflowDms.LoadTests.Load;

/// <summary>
/// HdrHistogram-style latency recorder: values in microseconds go into log-linear buckets (each power of two
/// split into 128 linear sub-buckets, so any recorded value is known to within 1/128 ≈ 0.8 %), from 1 µs to
/// about 12 days in a fixed array of 5,376 counters. Thread-safe by interlocked increments; percentiles read the
/// counts, never a sorted list, so a million samples cost nothing to keep.
/// </summary>
internal sealed class LatencyHistogram
{
    // Values below 256 µs are counted exactly; above, each power of two has 128 linear buckets.
    private const int ExactBits = 8;
    private const int Exact = 1 << ExactBits;
    private const int HalfExact = Exact / 2;
    private const int BucketCount = Exact + (40 * HalfExact);

    private readonly long[] counts = new long[BucketCount];
    private long total;
    private long maxMicros;

    public long Count => Interlocked.Read(ref total);

    public void Record(TimeSpan latency)
    {
        var micros = Math.Max(1, (long)latency.TotalMicroseconds);
        Interlocked.Increment(ref counts[IndexOf(micros)]);
        Interlocked.Increment(ref total);
        long seen;
        while (micros > (seen = Interlocked.Read(ref maxMicros)) && Interlocked.CompareExchange(ref maxMicros, micros, seen) != seen)
        {
        }
    }

    /// <summary>The latency at or below which <paramref name="percentile"/> per cent of the samples lie (upper bucket edge).</summary>
    public TimeSpan Percentile(double percentile)
    {
        var n = Count;
        if (n == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (long)Math.Ceiling(percentile / 100.0 * n);
        rank = Math.Clamp(rank, 1, n);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += Interlocked.Read(ref counts[i]);
            if (seen >= rank)
            {
                return TimeSpan.FromMicroseconds(Math.Min(UpperEdge(i), Interlocked.Read(ref maxMicros)));
            }
        }

        return Max;
    }

    public TimeSpan Max => TimeSpan.FromMicroseconds(Interlocked.Read(ref maxMicros));

    private static int IndexOf(long micros)
    {
        if (micros < Exact)
        {
            return (int)micros;
        }

        var shift = 63 - (int)long.LeadingZeroCount(micros) - (ExactBits - 1);
        var sub = (int)(micros >> shift);
        var index = Exact + ((shift - 1) * HalfExact) + (sub - HalfExact);
        return Math.Min(index, BucketCount - 1);
    }

    private static long UpperEdge(int index)
    {
        if (index < Exact)
        {
            return index;
        }

        // Bucket (shift, sub) holds the values [sub << shift, (sub + 1) << shift).
        var shift = ((index - Exact) / HalfExact) + 1;
        var sub = ((index - Exact) % HalfExact) + HalfExact;
        return ((long)(sub + 1) << shift) - 1;
    }
}
