namespace WorkflowDms.Application.Statistics;

/// <summary>
/// One day or week (from <see cref="Start"/>, a Monday for weeks): the claims and orders submitted in it, counted
/// under the status each has now.
/// </summary>
public sealed record TimelineBucket(
    DateOnly Start,
    int Claims,
    IReadOnlyDictionary<string, int> ClaimsByStatus,
    int Orders,
    IReadOnlyDictionary<string, int> OrdersByStatus);
