namespace WorkflowDms.Domain.Recalls;

/// <summary>A recall campaign's status (domain-reference §2.5); see <c>docs/lifecycles/recall.md</c>.</summary>
public enum RecallCampaignStatus
{
    /// <summary>Created; no affected vehicle yet.</summary>
    Draft,

    /// <summary>The affected population (VIN list or VIN range) holds at least one vehicle.</summary>
    Defined,

    /// <summary>Dealers were told; unsold affected vehicles in dealer stock are under stop-sale .</summary>
    DealersNotified,

    /// <summary>The launch gate passed: remedy and parts are available, dealers may claim.</summary>
    Launched,

    /// <summary>Owners were notified; completion is tracked periodically .</summary>
    Active,

    Closed,

    /// <summary>Replaced by another campaign number .</summary>
    Superseded,
}
