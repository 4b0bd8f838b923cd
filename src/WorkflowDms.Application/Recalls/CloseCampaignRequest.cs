namespace WorkflowDms.Application.Recalls;

/// <summary>Close a campaign (POST /recalls/{id}/close).</summary>
public sealed record CloseCampaignRequest
{
    public string? Reason { get; init; }
}
