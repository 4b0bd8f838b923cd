namespace WorkflowDms.Host.Development;

/// <summary>How far to move the clock: the parts add up; at most 400 days per call.</summary>
internal sealed record ClockAdvanceRequest(int Days = 0, int Hours = 0, int Minutes = 0);
