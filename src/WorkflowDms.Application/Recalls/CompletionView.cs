namespace WorkflowDms.Application.Recalls;

/// <summary>Completion of a campaign in the caller's scope: overall, per region and per dealer (rate = remedied / affected).</summary>
public sealed record CompletionView(
    Guid CampaignId,
    string Number,
    string Status,
    CompletionRow Total,
    IReadOnlyList<CompletionRow> ByRegion,
    IReadOnlyList<CompletionRow> ByDealer);
