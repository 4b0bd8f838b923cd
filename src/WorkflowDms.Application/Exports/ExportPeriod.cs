using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Exports;

/// <summary>A reporting period [From, To) in UTC, at most <see cref="MaxDays"/> long (exports and statistics share it).</summary>
public sealed record ExportPeriod(DateTime From, DateTime To)
{
    public const int MaxDays = 366;

    /// <summary>From the query string: <c>from</c> and <c>to</c> as ISO dates or date-times (UTC); <c>to</c> is exclusive.</summary>
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
            throw new RequestBodyException(400, "Invalid query", $"The period may span at most {MaxDays} days.", "to");
        }

        return new ExportPeriod(start, end);
    }
}
