namespace WorkflowDms.Host.Development;

/// <summary>
/// The system clock plus an offset that only grows. Everything that asks the host's <see cref="TimeProvider"/> for
/// "now" (due dates, timers, token lifetimes, audit times) sees the moved time; real waits still use real time.
/// </summary>
internal sealed class TravellingClock : TimeProvider, IClockTravel
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public DateTimeOffset UtcNow => GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
