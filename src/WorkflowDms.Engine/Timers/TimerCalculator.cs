using System.Globalization;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Timers;

/// <summary>
/// Turns <c>timeDuration</c>, <c>timeDate</c> and <c>timeCycle</c> values into due times, relative to the step's
/// <c>now</c>. Cycles use the ISO 8601 repeating-interval forms <c>R[n]/duration</c> and
/// <c>R[n]/start/duration</c>; cron cycles are not supported.
/// </summary>
internal static class TimerCalculator
{
    /// <exception cref="ExpressionException">The value cannot be read as that kind of timer.</exception>
    public static TimerSchedule Schedule(TimerKind kind, object? value, DateTimeOffset now)
    {
        if (kind == TimerKind.Date || value is DateTimeOffset)
        {
            return new TimerSchedule(ParseDate(value), null, null);
        }

        var text = value as string ?? throw new ExpressionException($"a timer value must be text, not a {ValueTypes.Describe(value)}");
        if (kind == TimerKind.Duration)
        {
            return new TimerSchedule(ParseDuration(text).AddTo(now), null, null);
        }

        return ParseCycle(text, now);
    }

    /// <summary>Checks a literal timer value at deployment.</summary>
    public static string? Validate(TimerKind kind, string text)
    {
        try
        {
            Schedule(kind, text, DateTimeOffset.UnixEpoch);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    public static IsoDuration ParseDuration(string text) =>
        IsoDuration.TryParse(text, out var d)
            ? d
            : throw new ExpressionException($"'{Shorten(text)}' is not an ISO 8601 duration such as PT5M or P2D");

    public static DateTimeOffset ParseDate(object? value) =>
        ValueTypes.TryToDate(value, out var date) && (value is not string s || s.Contains('-', StringComparison.Ordinal))
            ? date
            : throw new ExpressionException($"'{Shorten(ValueTypes.ToText(value))}' is not an ISO 8601 date-time");

    private static TimerSchedule ParseCycle(string text, DateTimeOffset now)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || char.ToUpperInvariant(parts[0][0]) != 'R')
        {
            throw new ExpressionException($"'{Shorten(text)}' is not an ISO 8601 repeating interval such as R3/PT1H (cron is not supported)");
        }

        var repeat = -1;
        if (parts[0].Length > 1
            && (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out repeat) || repeat < 1))
        {
            throw new ExpressionException($"'{parts[0]}' is not a valid repetition count");
        }

        var interval = ParseDuration(parts[^1]);
        if (interval.IsZero)
        {
            throw new ExpressionException("a timer cycle needs a non-zero interval");
        }

        var due = parts.Length == 3 ? ParseDate(parts[1]) : interval.AddTo(now);
        return new TimerSchedule(due, repeat < 0 ? -1 : repeat - 1, parts[^1]);
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
