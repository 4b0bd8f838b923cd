namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Time from submission to the first decision (approved or rejected), in hours rounded to 2 decimals, over the
/// cases of the row that were decided. Measured to the minute: the database rounds each case's time to whole
/// minutes and counts cases per minute, so the median and 90th percentile (linear interpolation between the
/// closest ranks) come from that histogram, never from the cases themselves.
/// </summary>
public sealed record DecisionTimes(int Decided, double? AverageHours, double? MedianHours, double? P90Hours)
{
    internal static DecisionTimes From(IEnumerable<DecisionCount> histogram)
    {
        var bins = histogram
            .GroupBy(b => b.Minutes)
            .Select(g => (Minutes: g.Key, Count: g.Sum(b => b.Count)))
            .OrderBy(b => b.Minutes)
            .ToList();
        var decided = bins.Sum(b => b.Count);
        if (decided == 0)
        {
            return new DecisionTimes(0, null, null, null);
        }

        var average = bins.Sum(b => (double)b.Minutes * b.Count) / decided;
        return new DecisionTimes(decided, Hours(average), Hours(Percentile(bins, decided, 0.5)), Hours(Percentile(bins, decided, 0.9)));
    }

    private static double Percentile(List<(long Minutes, int Count)> bins, int count, double p)
    {
        var rank = p * (count - 1);
        var lower = (int)Math.Floor(rank);
        var below = ValueAt(bins, lower);
        var above = ValueAt(bins, Math.Min(lower + 1, count - 1));
        return below + ((rank - lower) * (above - below));
    }

    /// <summary>The <paramref name="index"/>-th smallest value (0-based) of the histogram.</summary>
    private static long ValueAt(List<(long Minutes, int Count)> bins, int index)
    {
        var seen = 0;
        foreach (var (minutes, count) in bins)
        {
            seen += count;
            if (index < seen)
            {
                return minutes;
            }
        }

        return bins[^1].Minutes;
    }

    private static double Hours(double minutes) => Math.Round(minutes / 60, 2);
}
