namespace WorkflowDms.Application.Statistics;

/// <summary>One campaign's completion over its vehicles in the caller's scope (the row's group is the campaign number).</summary>
public sealed record RecallCampaignCompletion(Guid CampaignId, string Number, string Title, string Status, RecallCompletionRow Completion);
