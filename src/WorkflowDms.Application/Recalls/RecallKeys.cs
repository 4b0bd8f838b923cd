namespace WorkflowDms.Application.Recalls;

/// <summary>The names a campaign goes by outside its table: workflow business key, audit subject, case type, rule set.</summary>
public static class RecallKeys
{
    public const string CaseType = "recall";
    public const string ClaimCaseType = "recall-claim";
    public const string ProcessId = "recall-campaign";
    public const string RuleSet = "recall-policy";
    public const string LaunchRetryMessage = "recall-launch-retry";

    /// <summary>The process variable naming the decision the rule set takes (see <c>RecallCampaignFacts.Stage</c>).</summary>
    public const string StageVariable = "recallStage";
    public const string LaunchStage = "launch";
    public const string ClaimStage = "claim";
    public const string CompletionCheckStage = "completion-check";

    public static string BusinessKey(Guid campaignId) => $"recall:{campaignId}";

    public static string AuditSubject(Guid campaignId) => $"recall:{campaignId}";

    public static string ClaimSubject(Guid claimId) => $"recall-claim:{claimId}";

    public static bool TryParse(string? businessKey, out Guid campaignId)
    {
        campaignId = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith("recall:", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(7), out campaignId);
    }
}
