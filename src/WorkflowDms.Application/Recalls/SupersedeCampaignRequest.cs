namespace WorkflowDms.Application.Recalls;

/// <summary>Replace a campaign by another campaign number (POST /recalls/{id}/supersede, R-10).</summary>
public sealed record SupersedeCampaignRequest
{
    public string? SupersededBy { get; init; }
}
