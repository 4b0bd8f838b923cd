namespace WorkflowDms.Domain.Recalls;

public enum RecallCampaignTrigger
{
    Define,
    NotifyDealers,
    Launch,
    Activate,
    Close,
    Supersede,
}
