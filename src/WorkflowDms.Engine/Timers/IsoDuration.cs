using System.Globalization;

namespace WorkflowDms.Engine.Timers;

/// <summary>
/// An ISO 8601 duration (<c>PnYnMnWnDTnHnMnS</c>, fractions allowed on the smallest unit, e.g. <c>PT0.1S</c>).
/// Years and months are calendar units, so they are added to a date rather than converted to a fixed length.
/// </summary>
internal readonly record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > 64 || (s[0] != 'P' && s[0] != 'p'))
        {
            return false;
        }

        int years = 0, months = 0, days = 0;
        var time = TimeSpan.Zero;
        var inTime = false;
        var any = false;
        var i = 1;
        while (i < s.Length)
        {
            if (s[i] is 'T' or 't')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == ','))
            {
                i++;
            }

            if (i == start || i >= s.Length
                || !double.TryParse(s[start..i].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                || n > 1_000_000)
            {
                return false;
            }

            any = true;
            var whole = (int)n;
            switch (char.ToUpperInvariant(s[i]), inTime)
            {
                case ('Y', false): years += whole; break;
                case ('M', false): months += whole; break;
                case ('W', false): days += whole * 7; break;
                case ('D', false): days += whole; break;
                case ('H', true): time += TimeSpan.FromHours(n); break;
                case ('M', true): time += TimeSpan.FromMinutes(n); break;
                case ('S', true): time += TimeSpan.FromSeconds(n); break;
                default: return false;
            }

            i++;
        }

        duration = new IsoDuration(years, months, days, time);
        return any;
    }
}
