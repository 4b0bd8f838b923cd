namespace WorkflowDms.Application.Statistics;

/// <summary>Open tasks (waiting or held by someone) and, of those, the ones past their due date.</summary>
public sealed record TaskCounts(int Open, int Overdue);
