using System.Globalization;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Exports;

/// <summary>A reporting period [From, To) in UTC, at most <see cref="MaxDays"/> long (exports and statistics share it).</summary>
public sealed record ExportPeriod(DateTime From, DateTime To)
{
    public const int MaxDays = 366;

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    /// <summary>
    /// From the raw query string: <c>from</c> and <c>to</c> as ISO dates or date-times (UTC unless an offset is
    /// given); <c>to</c> is exclusive. Read as text, not bound by the framework, so an unreadable value is a 400
    /// that names its field instead of a generic binding failure.
    /// </summary>
    public static ExportPeriod Parse(string? from, string? to) => Parse(Read(from, "from"), Read(to, "to"));

    /// <summary>From already-bound values: <c>from</c> and <c>to</c> as ISO dates or date-times (UTC); <c>to</c> is exclusive.</summary>
    public static ExportPeriod Parse(DateTime? from, DateTime? to)
    {
        if (from is null)
        {
            throw new RequestBodyException(400, "Invalid query", "'from' is required (ISO date, UTC).", "from");
        }

        if (to is null)
        {
            throw new RequestBodyException(400, "Invalid query", "'to' is required (ISO date, UTC, exclusive).", "to");
        }

        var start = DateTime.SpecifyKind(from.Value.ToUniversalTime(), DateTimeKind.Utc);
        var end = DateTime.SpecifyKind(to.Value.ToUniversalTime(), DateTimeKind.Utc);
        if (end <= start)
        {
            throw new RequestBodyException(400, "Invalid query", "'to' must be after 'from'.", "to");
        }

        if ((end - start).TotalDays > MaxDays)
        {
            throw new RequestBodyException(400, "Invalid query", $"'to' may be at most {MaxDays} days after 'from'.", "to");
        }

        return new ExportPeriod(start, end);
    }

    private static DateTime? Read(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTime.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc)
            : throw new RequestBodyException(400, "Invalid query", $"'{field}' must be an ISO date (yyyy-MM-dd) or date-time, UTC.", field);
    }
}
