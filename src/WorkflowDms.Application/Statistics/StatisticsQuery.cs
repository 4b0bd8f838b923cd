namespace WorkflowDms.Application.Statistics;

/// <summary>
/// The query-string choices every statistics route shares: how to group (<c>dealer</c>, <c>branch</c> or
/// <c>region</c>; default dealer) and optionally one org node (by code) to narrow the caller's scope to.
/// </summary>
public sealed record StatisticsQuery(string? GroupBy = null, string? Org = null);
