namespace WorkflowDms.Application.Statistics;

/// <summary>Claim statistics of a period, grouped by dealer, branch or region, within the caller's scope.</summary>
public sealed record ClaimStatistics(string GroupBy, DateTime From, DateTime To, IReadOnlyList<ClaimStatisticsRow> Rows, ClaimStatisticsRow Total);
