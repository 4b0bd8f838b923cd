namespace WorkflowDms.Application.Statistics;

/// <summary>Open and overdue human tasks of one dealer, branch or region now, in all and per lifecycle (case type: claim, order, return, …).</summary>
public sealed record TaskStatisticsRow(string Group, int Open, int Overdue, IReadOnlyDictionary<string, TaskCounts> ByCaseType);
