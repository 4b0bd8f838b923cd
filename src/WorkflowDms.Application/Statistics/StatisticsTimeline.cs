namespace WorkflowDms.Application.Statistics;

/// <summary>Claims and orders per day or week of [<see cref="From"/>, <see cref="To"/>) within <see cref="Scope"/>; every bucket is listed, empty ones too.</summary>
public sealed record StatisticsTimeline(string Bucket, string Scope, DateOnly From, DateOnly To, IReadOnlyList<TimelineBucket> Buckets);
