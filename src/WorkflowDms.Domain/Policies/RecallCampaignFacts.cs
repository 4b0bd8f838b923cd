namespace WorkflowDms.Domain.Policies;

/// <summary>
/// What the <c>recall-policy</c> rule set sees of a campaign (parameter <c>campaign</c>). <see cref="Stage"/>
/// says which decision is being taken — <c>launch</c> (the launch gate), <c>claim</c> (a recall repair claim)
/// or <c>completion-check</c> (the periodic check) — and every rule is written for one stage.
/// </summary>
public sealed record RecallCampaignFacts
{
    public string Stage { get; init; } = "launch";
    public string Number { get; init; } = "";
    /// <summary>RecallType name, e.g. <c>Safety</c>, <c>FreeMaintenance</c>.</summary>
    public string Type { get; init; } = "";
    /// <summary>RecallCampaignStatus name, e.g. <c>Active</c>, <c>Superseded</c>.</summary>
    public string Status { get; init; } = "";
    public bool SafetyRelated { get; init; }
    public int AffectedCount { get; init; }
    public int OpenCount { get; init; }
    public int RemediedCount { get; init; }
    /// <summary>Remedied / (affected − not applicable − excluded), 0..1; 0 when nothing is affected.</summary>
    public decimal CompletionRate { get; init; }
    public bool RemedyDefined { get; init; }
    public int PartsAvailabilityPercent { get; init; }
    public int MinPartsAvailabilityPercent { get; init; }
    public bool DealersNotified { get; init; }
    public DateTime ExpiresOn { get; init; }
    /// <summary>Whole days from today to the expiry date; negative once expired.</summary>
    public int DaysToExpiry { get; init; }
    /// <summary>Whole days since launch; 0 before.</summary>
    public int DaysSinceLaunch { get; init; }
    public int OpenPhase { get; init; } = 1;
    public string? SupersededByNumber { get; init; }
}
