namespace WorkflowDms.Host.Development;

/// <summary>The host's "now", how far it is ahead of real time, and how many due timers the last move fired.</summary>
internal sealed record ClockView(DateTimeOffset Now, long OffsetSeconds, int FiredTimers);
