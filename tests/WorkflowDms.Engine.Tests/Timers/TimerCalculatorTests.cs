using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Expressions;
using WorkflowDms.Engine.Timers;

namespace WorkflowDms.Engine.Tests.Timers;

public sealed class TimerCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 31, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("PT5M", 0, 0, 0, 300)]
    [InlineData("PT0.1S", 0, 0, 0, 0.1)]
    [InlineData("P2D", 0, 0, 2, 0)]
    [InlineData("P1W", 0, 0, 7, 0)]
    [InlineData("P1Y2M3DT4H", 1, 2, 3, 14400)]
    public void ParseDuration_IsoText_ReadsEachUnit(string text, int years, int months, int days, double seconds)
    {
        var duration = TimerCalculator.ParseDuration(text);

        Assert.Equal(new IsoDuration(years, months, days, TimeSpan.FromSeconds(seconds)), duration);
    }

    [Fact]
    public void Schedule_MonthDuration_AddsCalendarMonth() =>
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 12, 0, 0, TimeSpan.Zero), TimerCalculator.Schedule(TimerKind.Duration, "P1M", Now).DueAt);

    [Fact]
    public void Schedule_Date_IsAbsolute() =>
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)), TimerCalculator.Schedule(TimerKind.Date, "2025-06-01T09:00:00+02:00", Now).DueAt);

    [Fact]
    public void Schedule_BoundedCycle_CountsRemainingRepetitions()
    {
        var schedule = TimerCalculator.Schedule(TimerKind.Cycle, "R6/P1D", Now);

        Assert.Equal((Now.AddDays(1), 5, "P1D"), (schedule.DueAt, schedule.CycleRemaining!.Value, schedule.CycleInterval!));
    }

    [Fact]
    public void Schedule_UnboundedCycleWithStart_StartsAtStart()
    {
        var schedule = TimerCalculator.Schedule(TimerKind.Cycle, "R/2025-02-01T00:00:00Z/PT1H", Now);

        Assert.Equal((new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), -1), (schedule.DueAt, schedule.CycleRemaining!.Value));
    }

    [Theory]
    [InlineData("duration", "5 minutes")]
    [InlineData("duration", "P")]
    [InlineData("duration", "PT5X")]
    [InlineData("date", "tomorrow")]
    [InlineData("cycle", "0 0 9 * * ?")]
    [InlineData("cycle", "R0/PT1H")]
    [InlineData("cycle", "R3/PT0S")]
    public void Schedule_InvalidText_Throws(string kind, string text) =>
        Assert.Throws<ExpressionException>(() => TimerCalculator.Schedule(Enum.Parse<TimerKind>(kind, ignoreCase: true), text, Now));
}
