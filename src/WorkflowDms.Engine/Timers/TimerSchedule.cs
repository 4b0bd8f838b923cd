namespace WorkflowDms.Engine.Timers;

/// <summary>When a timer falls due and, for a cycle, how it repeats.</summary>
/// <param name="DueAt">The first (or only) due time.</param>
/// <param name="CycleRemaining">For a cycle: repetitions after this one (-1: unbounded); null otherwise.</param>
/// <param name="CycleInterval">For a cycle: the ISO 8601 interval.</param>
internal readonly record struct TimerSchedule(DateTimeOffset DueAt, int? CycleRemaining, string? CycleInterval);
