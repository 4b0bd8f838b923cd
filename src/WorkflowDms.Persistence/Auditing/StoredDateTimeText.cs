using System.Globalization;

namespace WorkflowDms.Persistence.Auditing;

/// <summary>
/// Reads a <see cref="DateTime"/> that a provider stores as text (EF Core's SQLite format
/// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>) without the general parser, which costs a third of a second per
/// million audit rows. Anything not in that exact shape goes to the general parser.
/// </summary>
internal static class StoredDateTimeText
{
    public static DateTime ParseUtc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan();
        if (s.Length < 19 || s.Length == 20 || s.Length > 27 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':'
            || (s.Length > 19 && s[19] != '.'))
        {
            return Fallback(text);
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || !TryDigits(s.Slice(11, 2), out var hour) || !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second))
        {
            return Fallback(text);
        }

        var fraction = 0;
        if (s.Length > 20)
        {
            var digits = s[20..];
            if (!TryDigits(digits, out fraction))
            {
                return Fallback(text);
            }

            for (var i = digits.Length; i < 7; i++)
            {
                fraction *= 10;
            }
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static DateTime Fallback(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
