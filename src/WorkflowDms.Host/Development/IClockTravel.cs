namespace WorkflowDms.Host.Development;

/// <summary>
/// Moves the host's clock forward, for demos and scripted walkthroughs of expiries and escalations that would
/// otherwise take days. Registered only in Development with <c>WorkflowDms:ClockTravelEnabled</c>.
/// </summary>
internal interface IClockTravel
{
    DateTimeOffset UtcNow { get; }

    TimeSpan Offset { get; }

    void Advance(TimeSpan by);
}
