using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Persistence.Tests.Auditing;

public class StoredDateTimeTextTests
{
    [Theory]
    [InlineData("2026-03-02 09:30:00", 0L)]
    [InlineData("2026-03-02 09:30:00.1", 1_000_000L)]
    [InlineData("2026-03-02 09:30:00.123456", 1_234_560L)]
    [InlineData("2026-03-02 09:30:00.1234567", 1_234_567L)]
    public void ParseUtc_EfSqliteFormat_IsExactAndUtc(string text, long ticks)
    {
        var parsed = StoredDateTimeText.ParseUtc(text);

        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc).AddTicks(ticks), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Fact]
    public void ParseUtc_OtherShape_FallsBackToTheGeneralParser() =>
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), StoredDateTimeText.ParseUtc("2026-03-02T09:30:00Z"));
}
