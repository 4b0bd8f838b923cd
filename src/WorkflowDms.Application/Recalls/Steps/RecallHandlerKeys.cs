namespace WorkflowDms.Application.Recalls.Steps;

/// <summary>Service-task topics of workflows/recall-campaign.bpmn (a contract with the BPMN file).</summary>
internal static class RecallHandlerKeys
{
    public const string NotifyDealers = "recall.notify-dealers";
    public const string HoldLaunch = "recall.hold-launch";
    public const string RecheckLaunch = "recall.recheck-launch";
    public const string Launch = "recall.launch";
    public const string NotifyOwners = "recall.notify-owners";
    public const string CheckCompletion = "recall.check-completion";
    public const string FollowUp = "recall.follow-up";
}
