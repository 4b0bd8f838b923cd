using WorkflowDms.Application.Common;
using WorkflowDms.Application.Exports;

namespace WorkflowDms.Application.Statistics;

/// <summary>Days, or ISO weeks starting on Monday (the first and last week of a period may be partial).</summary>
internal sealed record TimelineBuckets(string Name)
{
    public const string Day = "day";
    public const string Week = "week";

    public static TimelineBuckets Parse(string? bucket)
    {
        if (string.IsNullOrWhiteSpace(bucket))
        {
            return new TimelineBuckets(Day);
        }

        var name = bucket.Trim().ToLowerInvariant();
        return name is Day or Week
            ? new TimelineBuckets(name)
            : throw new RequestBodyException(400, "Invalid query", "'bucket' must be day or week.", "bucket");
    }

    /// <summary>A timeline counts whole days, so <c>from</c> and <c>to</c> must be dates (a time of day would cut a bucket).</summary>
    public static (DateOnly From, DateOnly To) Days(ExportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.From.TimeOfDay != TimeSpan.Zero)
        {
            throw new RequestBodyException(400, "Invalid query", "'from' must be a date (yyyy-MM-dd) for a timeline.", "from");
        }

        if (period.To.TimeOfDay != TimeSpan.Zero)
        {
            throw new RequestBodyException(400, "Invalid query", "'to' must be a date (yyyy-MM-dd) for a timeline.", "to");
        }

        return (DateOnly.FromDateTime(period.From), DateOnly.FromDateTime(period.To));
    }

    public DateOnly StartOf(DateOnly day) => Name == Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;

    /// <summary>The start of every bucket that holds a day of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<DateOnly> Starts(DateOnly from, DateOnly to)
    {
        for (var start = StartOf(from); start < to; start = start.AddDays(Name == Week ? 7 : 1))
        {
            yield return start;
        }
    }
}
