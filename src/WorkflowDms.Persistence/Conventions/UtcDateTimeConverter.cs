using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowDms.Persistence.Conventions;

/// <summary>
/// Every <see cref="DateTime"/> is UTC in storage and comes back with <see cref="DateTimeKind.Utc"/>.
/// SQLite keeps no kind at all and Npgsql refuses non-UTC values for <c>timestamptz</c>, so the kind is
/// fixed here once instead of trusted at every call site. Unspecified values are taken as UTC.
/// </summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }

    private static DateTime ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
