namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Recall completion as of <see cref="AsOf"/>: per campaign the caller may read, and per dealer, branch or region
/// over those campaigns' vehicles in <see cref="Scope"/> (every campaign, or the one asked for).
/// </summary>
public sealed record RecallStatistics(
    string GroupBy,
    string Scope,
    DateTime AsOf,
    IReadOnlyList<RecallCampaignCompletion> Campaigns,
    IReadOnlyList<RecallCompletionRow> Rows,
    RecallCompletionRow Total);
